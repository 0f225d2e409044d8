package se.samverkan.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.util.HtmlUtils;

/** Printable documents (Barnets plan, a team's minutes): well-formed XHTML rendered to PDF. */
public final class HtmlPdf {

    /** A4 with page numbers, readable sans-serif; documents add their own rules after it. */
    public static final String BASE_STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; color: #555; } }
            body { font-family: sans-serif; font-size: 11pt; color: #1a1a1a; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; border-bottom: 0.4mm solid #999; padding-bottom: 1mm; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th { text-align: left; background: #eee; border-bottom: 0.4mm solid #999; padding: 1.5mm; }
            td { border-bottom: 0.2mm solid #ccc; padding: 1.5mm; vertical-align: top; }
            tr { page-break-inside: avoid; }
            """;

    private HtmlPdf() {
    }

    public static byte[] render(String title, String style, String body) {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
                + "</title><style>" + BASE_STYLE + style + "</style></head><body>" + body + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(title + " kunde inte skapas som PDF", e);
        }
    }

    /** Everything in a document is user input; the renderer parses XHTML, so escape it all. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
