package health.hipspine.kit.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converters for the scalar parameter types the services take (numbers, booleans, UUIDs, ISO dates and
 * instants, and text without U+0000) that fail with {@link InvalidParameterException} naming the parameter. Without them Quarkus
 * REST answers an unparseable path or query parameter with 404, and a header with a bare 400.
 * The name comes from the parameter's annotation; Quarkus REST hands it to the provider once per parameter.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Parser(Function<String, Object> parse, String expected) {
    }

    private static final Map<Class<?>, Parser> PARSERS = Map.ofEntries(
            Map.entry(int.class, new Parser(s -> Integer.valueOf(s.trim()), "must be an integer")),
            Map.entry(Integer.class, new Parser(s -> Integer.valueOf(s.trim()), "must be an integer")),
            Map.entry(long.class, new Parser(s -> Long.valueOf(s.trim()), "must be an integer")),
            Map.entry(Long.class, new Parser(s -> Long.valueOf(s.trim()), "must be an integer")),
            Map.entry(short.class, new Parser(s -> Short.valueOf(s.trim()), "must be an integer")),
            Map.entry(Short.class, new Parser(s -> Short.valueOf(s.trim()), "must be an integer")),
            Map.entry(double.class, new Parser(s -> Double.valueOf(s.trim()), "must be a number")),
            Map.entry(Double.class, new Parser(s -> Double.valueOf(s.trim()), "must be a number")),
            Map.entry(boolean.class, new Parser(ParameterConverters::bool, "must be true or false")),
            Map.entry(Boolean.class, new Parser(ParameterConverters::bool, "must be true or false")),
            Map.entry(UUID.class, new Parser(UUID::fromString, "must be a UUID")),
            Map.entry(LocalDate.class, new Parser(LocalDate::parse, "must be an ISO date (yyyy-MM-dd)")),
            Map.entry(Instant.class, new Parser(Instant::parse, "must be an ISO-8601 instant (2026-11-20T09:30:00Z)")),
            // text goes to PostgreSQL, whose text type cannot hold U+0000: a %00 in a code was a 500 (issue #12)
            Map.entry(String.class, new Parser(ParameterConverters::text, "must not contain the NUL character")));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = rawType.isEnum() ? enumParser(rawType) : PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new NamedConverter(name, parser);
    }

    /** The name a client used, from the JAX-RS or Quarkus REST parameter annotation; "parameter" if none. */
    static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                String name = switch (a) {
                    case QueryParam q -> q.value();
                    case PathParam p -> p.value();
                    case HeaderParam h -> h.value();
                    case FormParam f -> f.value();
                    case CookieParam c -> c.value();
                    case MatrixParam m -> m.value();
                    case RestQuery q -> q.value();
                    case RestPath p -> p.value();
                    case RestHeader h -> h.value();
                    case RestForm f -> f.value();
                    case RestCookie c -> c.value();
                    case RestMatrix m -> m.value();
                    default -> null;
                };
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return "parameter";
    }

    /** Constants by name, case-insensitively; the message lists them. */
    private static Parser enumParser(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        java.util.List<String> names = java.util.Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
        return new Parser(s -> {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equalsIgnoreCase(s.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException(s);
        }, "must be one of " + String.join(", ", names));
    }

    private static String text(String s) {
        if (s.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("NUL");
        }
        return s;
    }

    private static Boolean bool(String s) {
        String v = s.trim();
        if ("true".equalsIgnoreCase(v)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(v)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(v);
    }

    private static final class NamedConverter implements ParamConverter<Object> {

        private final String name;
        private final Parser parser;

        NamedConverter(String name, Parser parser) {
            this.name = name;
            this.parser = parser;
        }

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.parse().apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameterException(name, parser.expected());
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
