package health.hipspine.contract.content;

import java.util.List;

final class Lists {

    private Lists() {
    }

    /** A list field a reader can iterate: absent or null becomes empty. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
