package se.samverkan.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * In the demo setup the application receives its own mail, so invitations and reminders work without
 * an SMTP server: GreenMail listens on the configured mail port (loopback only), and administrators
 * see what was sent at {@code GET /api/demo/mail} (text and attachments; a page in the browser, JSON otherwise).
 * The prod profile turns it off.
 */
@RestController
@ConditionalOnProperty(name = "samverkan.demo.mail-server", havingValue = "true")
public class DemoMailServer implements SmartLifecycle {

    private static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

    private final int port;
    private final GreenMail greenMail;
    private final IdentityService identity;
    private boolean running;

    public DemoMailServer(@Value("${spring.mail.port}") int port, ProcessEngine engine) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        this.identity = engine.getIdentityService();
    }

    /**
     * What was sent, newest last: recipients, sender, subject, the text and links to the attachments. As JSON, or
     * as a page when a browser asks for HTML.
     */
    @GetMapping("/api/demo/mail")
    public ResponseEntity<?> sentMail(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws MessagingException, IOException {
        if (!administrator()) {
            return refuse(HttpStatus.FORBIDDEN, "Bara administratörer ser demons e-post.");
        }
        List<MimeMessage> sent = sent();
        List<Map<String, Object>> mails = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            mails.add(describe(i, sent.get(i)));
        }
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page(mails));
        }
        return ResponseEntity.ok(mails);
    }

    /** One attachment of one mail, as it was sent; calendar files and PDFs open in the browser. */
    @GetMapping("/api/demo/mail/{mail}/attachments/{attachment}")
    public ResponseEntity<?> attachment(@PathVariable String mail, @PathVariable String attachment)
            throws MessagingException, IOException {
        if (!administrator()) {
            return refuse(HttpStatus.FORBIDDEN, "Bara administratörer ser demons e-post.");
        }
        List<MimeMessage> sent = sent();
        int mailIndex = index(mail, sent.size());
        List<Part> attachments = mailIndex < 0 ? List.of() : parts(sent.get(mailIndex)).attachments();
        int attachmentIndex = mailIndex < 0 ? -1 : index(attachment, attachments.size());
        if (attachmentIndex < 0) {
            return refuse(HttpStatus.NOT_FOUND, "Brevet eller bilagan finns inte.");
        }
        Part part = attachments.get(attachmentIndex);
        MediaType type = mediaType(part);
        boolean opens = OPENS_IN_BROWSER.stream().anyMatch(t -> t.equalsTypeAndSubtype(type));
        String filename = part.getFileName() == null ? "bilaga" : part.getFileName();
        return ResponseEntity.ok()
                .contentType(opens ? (type.getType().equals("text") ? new MediaType(type, StandardCharsets.UTF_8) : type)
                        : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(opens ? "inline" : "attachment")
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(part.getInputStream().readAllBytes());
    }

    private static final List<MediaType> OPENS_IN_BROWSER = List.of(MediaType.APPLICATION_PDF,
            MediaType.parseMediaType("text/calendar"), MediaType.TEXT_PLAIN);

    private boolean administrator() {
        return CurrentUser.groupsOrNone(identity).contains(Roles.ADMINISTRATORS);
    }

    private static ResponseEntity<Map<String, String>> refuse(HttpStatus status, String message) {
        LOG.warn("Demo mail refused: {}", status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
    }

    /** A path number within 0..size-1, or -1. */
    private static int index(String text, int size) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value < size ? value : -1;
    }

    /** GreenMail keeps one copy per recipient; the viewer shows each mail once. */
    private List<MimeMessage> sent() throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String id = message.getMessageID();
            if (id == null || seen.add(id)) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static Map<String, Object> describe(int index, MimeMessage message) throws MessagingException, IOException {
        Parts parts = parts(message);
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (int i = 0; i < parts.attachments().size(); i++) {
            Part part = parts.attachments().get(i);
            attachments.add(Map.of(
                    "filename", part.getFileName() == null ? "bilaga" : part.getFileName(),
                    "contentType", mediaType(part).toString(),
                    "href", "/api/demo/mail/" + index + "/attachments/" + i));
        }
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("to", addresses(message.getAllRecipients()));
        mail.put("from", addresses(message.getFrom()));
        mail.put("replyTo", addresses(message.getReplyTo()));
        mail.put("subject", message.getSubject());
        mail.put("sent", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
        mail.put("text", parts.text());
        mail.put("attachments", attachments);
        return mail;
    }

    /** The attachment's type without parameters; a type nobody can parse is just bytes. */
    private static MediaType mediaType(Part part) {
        try {
            return MediaType.parseMediaType(new ContentType(part.getContentType()).getBaseType());
        } catch (MessagingException | InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString()
                        : a.toString()).toList();
    }

    private record Parts(String text, List<Part> attachments) {
    }

    private static Parts parts(Part message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        List<Part> attachments = new ArrayList<>();
        collect(message, text, attachments);
        return new Parts(text.toString(), attachments);
    }

    private static void collect(Part part, StringBuilder text, List<Part> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part);
        } else if (part.isMimeType("text/plain")) {
            // As written: SMTP carried the line ends as CRLF.
            text.append(String.valueOf(part.getContent()).replace("\r\n", "\n"));
        }
    }

    @SuppressWarnings("unchecked")
    private static String page(List<Map<String, Object>> mails) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>Skickad e-post (demo)</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem}"
                + "article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap;overflow-wrap:anywhere;"
                + "background:#f6f6f6;padding:.6rem}dt{font-weight:bold}</style></head><body>"
                + "<h1>Skickad e-post (demo)</h1><p>" + mails.size() + " brev, äldst först.</p>");
        for (Map<String, Object> mail : mails) {
            html.append("<article><h2>").append(HtmlPdf.escape((String) mail.get("subject"))).append("</h2><dl>")
                    .append("<dt>Från</dt><dd>").append(HtmlPdf.escape(String.join(", ", (List<String>) mail.get("from"))))
                    .append("</dd><dt>Svar till</dt><dd>").append(HtmlPdf.escape(String.join(", ", (List<String>) mail.get("replyTo"))))
                    .append("</dd><dt>Till</dt><dd>").append(HtmlPdf.escape(String.join(", ", (List<String>) mail.get("to"))))
                    .append("</dd><dt>Skickat</dt><dd>").append(HtmlPdf.escape((String) mail.get("sent"))).append("</dd></dl><pre>")
                    .append(HtmlPdf.escape((String) mail.get("text"))).append("</pre>");
            List<Map<String, Object>> attachments = (List<Map<String, Object>>) mail.get("attachments");
            if (!attachments.isEmpty()) {
                html.append("<p>Bilagor:</p><ul>");
                for (Map<String, Object> attachment : attachments) {
                    html.append("<li><a href=\"").append(HtmlPdf.escape((String) attachment.get("href"))).append("\">")
                            .append(HtmlPdf.escape((String) attachment.get("filename"))).append("</a> (")
                            .append(HtmlPdf.escape((String) attachment.get("contentType"))).append(")</li>");
                }
                html.append("</ul>");
            }
            html.append("</article>");
        }
        return html.append("</body></html>").toString();
    }

    @Override
    public void start() {
        requireFreePort();
        greenMail.start();
        running = true;
    }

    /**
     * GreenMail binds in a thread of its own and then only reports a start-up timeout, which sends a developer
     * looking in the wrong place. A port that is taken (usually by another running copy) is named instead.
     */
    private void requireFreePort() {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            // Free; closed again at once for GreenMail.
        } catch (IOException e) {
            throw new IllegalStateException("The demo mail server cannot listen on " + HOST + ":" + port + " (" + e.getMessage()
                    + "); is another copy of Samverkan running? Start this one on other ports, e.g. "
                    + "SERVER_PORT=8081 SAMVERKAN_MAIL_PORT=2526 ./mvnw spring-boot:run", e);
        }
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the job executor starts sending, after it stops. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
