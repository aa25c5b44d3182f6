package health.hipspine.report.rendering;

import health.hipspine.events.SubmittedFinding;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How single values are worded in the documents: numbers, percentages, evidence grades, finding values. */
final class ReportWording {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportWording() {
    }

    static String groupOf(String code) {
        if (code.startsWith("redflag.")) {
            return "Red-flag screen";
        }
        if (code.startsWith("test.") || code.startsWith("rom.") || code.startsWith("gait.") || code.startsWith("injection.")) {
            return "Examination";
        }
        return "History and symptoms";
    }

    static String value(SubmittedFinding finding) {
        String side = finding.side() == null ? "" : " (" + finding.side() + ")";
        Object value = finding.value();
        if (value instanceof Boolean b) {
            return (b ? "Present" : "Absent") + side;
        }
        if (value instanceof Number n) {
            String unit = finding.code().startsWith("rom.") ? " degrees" : finding.code().endsWith("-minutes") ? " min" : "";
            return number(n.doubleValue()) + unit + side;
        }
        return value == null ? "Not recorded" : String.valueOf(value) + side;
    }

    static String evidenceLabel(String status) {
        if (status == null) {
            return "status not given";
        }
        return switch (status) {
            case "V" -> "verified against the source";
            case "S" -> "secondary source";
            case "C" -> "computed from Sn/Sp";
            case "U" -> "unverified";
            default -> status;
        };
    }

    static String interpretation(String interpretation) {
        if (interpretation == null) {
            return "-";
        }
        return switch (interpretation) {
            case "IMPROVED" -> "improved";
            case "WORSENED" -> "worsened";
            case "NO_IMPORTANT_CHANGE" -> "no important change";
            default -> interpretation;
        };
    }

    static String percent(double p) {
        double pct = p * 100;
        return pct < 1 && pct > 0 ? "<1 %" : Math.round(pct) + " %";
    }

    static int width(double p) {
        return (int) Math.max(0, Math.min(100, Math.round(p * 100)));
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 1 ? "%.2f" : "%.1f", v);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : "") + number(v);
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String orElse(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : fallback;
    }
}
