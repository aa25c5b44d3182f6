package health.hipspine.content.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.kit.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Catalogue records. Lookups are Panache queries; the filtered, searched list is the one native query,
 * because JSONB containment ({@code @>}, served by a GIN index) and full-text search ({@code @@} on the
 * generated tsvector over both languages) have no HQL form. The catalogue holds no patient data, so
 * there is no clinic parameter here.
 */
@ApplicationScoped
public class ContentRepository implements PanacheRepositoryBase<ContentEntity, ContentEntity.Key> {

    private static final String COLUMNS = "kind, code, version, retired, origin, document, updated_at, updated_by";
    /** Several instances may start together: one imports, the others wait and then find nothing to do. */
    private static final long IMPORT_LOCK = 4242001L;

    private final ObjectMapper json;

    public ContentRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<ContentEntity> find(ContentKind kind, String code) {
        return findByIdOptional(new ContentEntity.Key(kind, code));
    }

    /** Locks the row so two concurrent edits cannot both pass the version check. */
    public Optional<ContentEntity> findForUpdate(ContentKind kind, String code) {
        return findByIdOptional(new ContentEntity.Key(kind, code), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every record of a kind with one of the given codes, in code order (retired ones too: links must resolve). */
    public List<ContentEntity> findAll(ContentKind kind, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        // setParameterList: a list given to setParameter is first tried as one value, which throws inside Hibernate
        return getSession().createSelectionQuery("from ContentEntity where kind = :kind and code in :codes order by code", ContentEntity.class)
                .setParameter("kind", kind.id).setParameterList("codes", codes).getResultList();
    }

    /** Every code of a kind (retired included): the vocabulary links are checked against. */
    public List<String> codes(ContentKind kind) {
        return getEntityManager().createQuery("select code from ContentEntity where kind = ?1", String.class)
                .setParameter(1, kind.id).getResultList();
    }

    /** Takes the import's advisory lock until the transaction ends. */
    public void lockForImport() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK)
                .getSingleResult();
    }

    /** A filtered page, sorted by code (unique per kind, so pages are stable). Native: JSONB and full-text search. */
    public Page<ContentEntity> list(ContentKind kind, CatalogueQuery query) {
        StringBuilder where = new StringBuilder(" FROM content_record WHERE kind = :kind");
        List<Object[]> args = new ArrayList<>();
        args.add(new Object[] {"kind", kind.id});
        if (!query.includeRetired) {
            where.append(" AND NOT retired");
        }
        int i = 0;
        for (CatalogueQuery.Filter f : query.filters.values()) {
            where.append(" AND document @> CAST(:f").append(i).append(" AS jsonb)");
            args.add(new Object[] {"f" + i++, containment(f)});
        }
        if (!query.excludedCodes.isEmpty()) {
            where.append(" AND code NOT IN (:excluded)");
            args.add(new Object[] {"excluded", List.copyOf(query.excludedCodes)});
        }
        String tsQuery = query.text == null ? null : toPrefixQuery(query.text);
        if (tsQuery != null) {
            where.append(" AND search @@ to_tsquery('simple', :q)");
            args.add(new Object[] {"q", tsQuery});
        }
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        Query page = getEntityManager().createNativeQuery("SELECT " + COLUMNS + where + " ORDER BY code",
                ContentEntity.class);
        for (Object[] arg : args) {
            count.setParameter((String) arg[0], arg[1]);
            page.setParameter((String) arg[0], arg[1]);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<ContentEntity> items = page.setFirstResult(query.page * query.size).setMaxResults(query.size)
                .getResultList();
        return new Page<>(items, total, query.page, query.size);
    }

    /**
     * Turns free text into a prefix query ("hip abd" finds "hip abduction"): only letters and digits
     * survive, so nothing the caller types can alter the query syntax.
     */
    static String toPrefixQuery(String text) {
        String terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .limit(8)
                .map(t -> t + ":*")
                .collect(Collectors.joining(" & "));
        return terms.isEmpty() ? null : terms;
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
}
