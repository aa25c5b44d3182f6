package health.hipspine.report.report;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Count-then-page over one filter: the total for the page header and one page of rows, in one connection. */
public final class PagedQuery {

    public record Result<T>(List<T> items, long total) {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private PagedQuery() {
    }

    /**
     * @param fromWhere {@code " FROM table WHERE ..."} with {@code ?} placeholders for {@code args}
     * @param orderBy   {@code " ORDER BY ..."}; must make the order stable
     */
    public static <T> Result<T> run(DataSource dataSource, String columns, String fromWhere, String orderBy,
                                    List<Object> args, int page, int size, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + fromWhere)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<T> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + fromWhere + orderBy + " LIMIT ? OFFSET ?")) {
                List<Object> paged = new ArrayList<>(args);
                paged.add(size);
                paged.add((long) page * size);
                bind(ps, paged);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(mapper.map(rs));
                    }
                }
            }
            return new Result<>(items, total);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Positional parameters; a LocalDate goes in as an SQL DATE. */
    public static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof LocalDate date) {
                ps.setObject(i + 1, date, Types.DATE);
            } else {
                ps.setObject(i + 1, arg);
            }
        }
    }
}
