package health.hipspine.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} as a {@code @BeanParam}: page from 0 (default 0), size 1..100 (default 20), the
 * limits content and report lists used before the kit. Take it as {@code @Valid @BeanParam PageRequest};
 * an unparseable or out-of-range value answers 400 naming {@code page} or {@code size}.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    int size = DEFAULT_SIZE;

    /** For JAX-RS. */
    public PageRequest() {
    }

    /** For code that pages on its own; values are not checked here (validation applies to request beans). */
    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Rows to skip: {@code page * size}, as a long so a large page number cannot overflow. */
    public long offset() {
        return (long) page * size;
    }

    @Override
    public String toString() {
        return "page " + page + ", size " + size;
    }
}
