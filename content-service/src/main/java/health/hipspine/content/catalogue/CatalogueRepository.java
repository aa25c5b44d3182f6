package health.hipspine.content.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes catalogue records with plain JDBC: the documents are JSONB, filters use JSONB
 * containment (served by a GIN index) and search uses a tsvector over both languages. Writes take a
 * caller's connection so the audit row shares the edit's transaction.
 */
@ApplicationScoped
public class CatalogueRepository {

    private static final String COLUMNS = "kind, code, version, retired, origin, document, updated_at, updated_by";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public CatalogueRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public Optional<ContentRecord> find(ContentKind kind, String code) {
        try (Connection c = connection()) {
            return find(c, kind, code, false);
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    /** With {@code forUpdate}, locks the row so two concurrent edits cannot both pass the version check. */
    public Optional<ContentRecord> find(Connection c, ContentKind kind, String code, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM content_record WHERE kind = ? AND code = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, kind.id);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** Every record of a kind with one of the given codes, in code order (retired ones included: links must resolve). */
    public List<ContentRecord> findAll(ContentKind kind, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM content_record WHERE kind = ? AND code = ANY (?) ORDER BY code")) {
            s.setString(1, kind.id);
            s.setArray(2, c.createArrayOf("text", codes.toArray()));
            return readAll(s);
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    public Page list(ContentKind kind, CatalogueQuery query) {
        StringBuilder where = new StringBuilder(" WHERE kind = ?");
        List<Object> args = new ArrayList<>();
        args.add(kind.id);
        if (!query.includeRetired) {
            where.append(" AND NOT retired");
        }
        for (CatalogueQuery.Filter f : query.filters.values()) {
            where.append(" AND document @> ?::jsonb");
            args.add(containment(f));
        }
        if (!query.excludedCodes.isEmpty()) {
            where.append(" AND NOT (code = ANY (?))");
            args.add(query.excludedCodes.toArray(new String[0]));
        }
        String tsQuery = query.text == null ? null : toPrefixQuery(query.text);
        if (tsQuery != null) {
            where.append(" AND search @@ to_tsquery('simple', ?)");
            args.add(tsQuery);
        }
        try (Connection c = connection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM content_record" + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            // Code is unique per kind, so ordering by it is stable across pages.
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM content_record" + where
                    + " ORDER BY code LIMIT ? OFFSET ?")) {
                List<Object> paged = new ArrayList<>(args);
                paged.add(query.size);
                paged.add((long) query.page * query.size);
                bind(s, paged);
                return new Page(readAll(s), total, query.page, query.size);
            }
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    public void insert(Connection c, ContentKind kind, String code, int version, boolean retired, String origin,
                       ObjectNode document, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO content_record"
                + " (kind, code, version, retired, origin, document, search, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, to_tsvector('simple', ?), ?)")) {
            s.setString(1, kind.id);
            s.setString(2, code);
            s.setInt(3, version);
            s.setBoolean(4, retired);
            s.setString(5, origin);
            s.setString(6, write(document));
            s.setString(7, searchableText(document));
            s.setString(8, by);
            s.executeUpdate();
        }
    }

    public void update(Connection c, ContentKind kind, String code, int version, boolean retired, String origin,
                       ObjectNode document, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE content_record SET version = ?, retired = ?, origin = ?,"
                + " document = ?::jsonb, search = to_tsvector('simple', ?), updated_at = now(), updated_by = ?"
                + " WHERE kind = ? AND code = ?")) {
            s.setInt(1, version);
            s.setBoolean(2, retired);
            s.setString(3, origin);
            s.setString(4, write(document));
            s.setString(5, searchableText(document));
            s.setString(6, by);
            s.setString(7, kind.id);
            s.setString(8, code);
            s.executeUpdate();
        }
    }

    /** Every code of a kind (retired included): the vocabulary links are checked against. */
    public List<String> codes(Connection c, ContentKind kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM content_record WHERE kind = ?")) {
            s.setString(1, kind.id);
            List<String> codes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        }
    }

    public Optional<String> release() {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("SELECT release FROM content_release WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    public void saveRelease(Connection c, String release) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO content_release (id, release) VALUES (1, ?)"
                + " ON CONFLICT (id) DO UPDATE SET release = excluded.release, imported_at = now()")) {
            s.setString(1, release);
            s.executeUpdate();
        }
    }

    /**
     * Turns free text into a prefix query ("hip abd" finds "hip abduction"): only letters and digits
     * survive, so nothing the caller types can alter the query syntax.
     */
    static String toPrefixQuery(String text) {
        String terms = java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .limit(8)
                .map(t -> t + ":*")
                .collect(Collectors.joining(" & "));
        return terms.isEmpty() ? null : terms;
    }

    /** All texts of a document in every language, plus its code split into words. */
    String searchableText(JsonNode document) {
        StringBuilder text = new StringBuilder();
        collectText(document, text);
        return text.toString();
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText().replace('-', ' ').replace('.', ' ')).append(' ');
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectText(child, text));
        }
    }

    private String containment(CatalogueQuery.Filter f) {
        ObjectNode probe = json.createObjectNode();
        switch (f.match()) {
            case EQUALS -> probe.put(f.field(), f.value());
            case CONTAINS -> probe.putArray(f.field()).add(f.value());
            case INTEGER_EQUALS -> probe.put(f.field(), Integer.parseInt(f.value()));
            case BOOLEAN_EQUALS -> probe.put(f.field(), Boolean.parseBoolean(f.value()));
        }
        return probe.toString();
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof String[] array) {
                s.setArray(i + 1, s.getConnection().createArrayOf("text", array));
            } else {
                s.setObject(i + 1, args.get(i));
            }
        }
    }

    private List<ContentRecord> readAll(PreparedStatement s) throws SQLException {
        List<ContentRecord> records = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                records.add(read(r));
            }
        }
        return records;
    }

    private ContentRecord read(ResultSet r) throws SQLException {
        String kindId = r.getString("kind");
        ContentKind kind = java.util.Arrays.stream(ContentKind.values()).filter(k -> k.id.equals(kindId)).findFirst()
                .orElseThrow();
        try {
            return new ContentRecord(kind, r.getString("code"), r.getInt("version"), r.getBoolean("retired"),
                    r.getString("origin"), (ObjectNode) json.readTree(r.getString("document")),
                    r.getObject("updated_at", OffsetDateTime.class), r.getString("updated_by"));
        } catch (JsonProcessingException e) {
            throw new CatalogueException(e);
        }
    }

    private String write(JsonNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new CatalogueException(e);
        }
    }
}
