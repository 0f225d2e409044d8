package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChildPlanPdfTest {

    private final ChildPlanPdf pdf = new ChildPlanPdf();

    private static final List<ChildPlanDocument.Action> ACTIONS = List.of(
            new ChildPlanDocument.Action("Anpassa schemat så att dagen börjar lugnt", "Förskolan Ängen",
                    "Örjan Åström", LocalDate.of(2026, 12, 15)),
            new ChildPlanDocument.Action("Stöd & råd <script>x</script>",
                    "Socialtjänsten", "Sofia Lind", LocalDate.of(2027, 1, 20)),
            new ChildPlanDocument.Action("Hälsobesök och uppföljning av sömn", "Barnhälsovården",
                    "Łukasz Wójcik och Ayşe Yılmaz", LocalDate.of(2027, 2, 3)));

    @Test
    void showsThePlanWithEveryActionAndEscapesWhatUsersWrote() throws IOException {
        byte[] bytes = pdf.render(plan(ACTIONS, LocalDate.of(2027, 3, 10)));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Barnets plan SB-2026-0042 version 2");
            String text = text(document);
            assertThat(text).contains("Barnets plan SB-2026-0042, version 2", "Ärende SB-2026-0042", "Barn A. B.",
                    "Version 2",
                    "Samverkansmöte 23 november 2026", "Antagen 2026-11-23 14:30",
                    "Samordnande verksamhet Förskolan Ängen",
                    "Deltagande verksamheter Förskolan Ängen, Socialtjänsten, Barnhälsovården",
                    "Områden i Barnets bästa-hjulet", "Trygg, Må bra, Delaktig",
                    "Barnets synpunkter", "Vill gärna gå till förskolan när det är lugnt.",
                    "Vårdnadshavarnas synpunkter", "Önskar stöd kvällar och helger; mörka morgnar är svåra.",
                    "Nästa möte 10 mars 2027",
                    "Insatser", "Vad", "Verksamhet", "Ansvarig person", "Klart senast",
                    "Barnets plan ersätter inte respektive professions dokumentation. "
                            + "Den är en karta över samverkan kring barnet.",
                    "Sida 1 av 1");
            for (ChildPlanDocument.Action action : ACTIONS) {
                assertThat(text).contains(action.what(), action.agencyName(), action.person(),
                        action.dueDate().toString());
            }
            // Typed markup comes out as the characters the user typed, not as markup.
            assertThat(text).contains("Stöd & råd <script>x</script>");
            assertThat(text).contains("å", "ä", "ö", "Å", "Ä", "Ö");
        }
    }

    @Test
    void embedsItsFontSoEveryReaderShowsTheSameLetters() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(plan(ACTIONS, null)))) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            }
        }
    }

    @Test
    void textPastedWithControlCharactersStillPrints() throws IOException {
        // Word's manual line break arrives as a vertical tab, which XML does not allow.
        ChildPlanDocument.Action pasted = new ChildPlanDocument.Action("Rad ett\u000Brad två\u0001", "Skolan",
                "Sara Berg", LocalDate.of(2027, 1, 1));

        try (PDDocument document = Loader.loadPDF(pdf.render(plan(List.of(pasted), null)))) {
            assertThat(text(document)).contains("Rad ett rad två", "Sara Berg");
        }
    }

    @Test
    void aPlanWithoutActionsSaysSo() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(plan(List.of(), null)))) {
            String text = text(document);
            assertThat(text).contains("SB-2026-0042", "Inga insatser beslutade.", "ersätter inte");
            assertThat(text).doesNotContain("Nästa möte", "Ansvarig person");
        }
    }

    @Test
    void aLongPlanContinuesOnNumberedPages() throws IOException {
        List<ChildPlanDocument.Action> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new ChildPlanDocument.Action("Insats nummer " + i + " med uppföljning på förskolan",
                        "Förskolan Ängen", "Örjan Åström", LocalDate.of(2027, 1, 1).plusDays(i)))
                .toList();

        try (PDDocument document = Loader.loadPDF(pdf.render(plan(many, null)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(document);
            assertThat(text).contains("Insats nummer 1 med", "Insats nummer 40 med", "2027-02-10",
                    "Sida 1 av " + pages, "Sida " + pages + " av " + pages);
            // Every page says which plan it belongs to.
            assertThat(text.split("Barnets plan SB-2026-0042, version 2", -1)).hasSize(pages + 1);
        }
    }

    private static ChildPlanDocument plan(List<ChildPlanDocument.Action> actions, LocalDate nextMeeting) {
        return new ChildPlanDocument("SB-2026-0042", "A. B.", 2, LocalDate.of(2026, 11, 23),
                OffsetDateTime.of(2026, 11, 23, 14, 30, 0, 0, ZoneOffset.ofHours(1)), "Förskolan Ängen",
                List.of("Förskolan Ängen", "Socialtjänsten", "Barnhälsovården"), List.of("Trygg", "Må bra", "Delaktig"),
                "Vill gärna gå till förskolan när det är lugnt.",
                "Önskar stöd kvällar och helger; mörka morgnar är svåra.", actions, nextMeeting);
    }

    /** The page text with line breaks and table gaps as single spaces, so wrapped sentences compare whole. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
}
