package health.hipspine.kit.json;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

import java.lang.reflect.Type;

/**
 * Reads and writes every {@code @JdbcTypeCode(SqlTypes.JSON)} column of the default persistence unit with
 * {@link LenientJson}'s mapper, registered the Quarkus way ({@code @JsonFormat @PersistenceUnitExtension}).
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class LenientJsonFormatMapper implements FormatMapper {

    private final JacksonJsonFormatMapper delegate = new JacksonJsonFormatMapper(LenientJson.newObjectMapper());

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return delegate.fromString(json, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return delegate.toString(value, javaType, options);
    }

    /** The same conversion without Hibernate's type descriptors (for tests and imports). */
    public <T> T read(CharSequence json, Type type) {
        return delegate.fromString(json, type);
    }

    public String write(Object value, Type type) {
        return delegate.toString(value, type);
    }
}
