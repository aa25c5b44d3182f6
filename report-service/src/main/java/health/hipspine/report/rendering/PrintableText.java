package health.hipspine.report.rendering;

/**
 * Drops what XML 1.0 cannot carry (C0 controls other than tab, newline and carriage return; U+FFFE/U+FFFF; lone
 * surrogates) from a composed document. The content service refuses such characters, but a document must never
 * fail because an event or an older catalogue entry carries one: the renderer's XML parser would reject the page.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static String strip(String text) {
        if (text == null || text.codePoints().allMatch(PrintableText::isXmlCharacter)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(PrintableText::isXmlCharacter).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
