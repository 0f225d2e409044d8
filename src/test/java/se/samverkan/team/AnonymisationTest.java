package se.samverkan.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.team.Anonymisation.Finding;

/** Real-looking texts from pre-registered team cases: what must pass, and what must be refused. */
class AnonymisationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {
            "Kvinna i 30-årsåldern med tre barn, sjukskriven sedan mars, har svårt att komma tillbaka till arbete.",
            "Man 45 år, långvarigt arbetslös, aktivitetsersättning upphör 2026-12-31.",
            "Hur ska vi samordna insatserna när en person har både ekonomiskt bistånd och aktivitetsstöd?",
            "Ungdom 19 år som avbrutit gymnasiet, bor hos föräldrarna, behöver stöd att komma vidare.",
            "Ärendet gäller en familj där båda vårdnadshavarna saknar sysselsättning sedan 2024.",
            "Personen har fått avslag på sjukpenning i ärende SB-2026-0042 och överklagar.",
            "Beslut om bistånd med 12 500 kr per månad fattades den 14 oktober.",
            "Bostadstillägg 3 450 kr, hyra 7 800 kr, skulder cirka 150 000 kr.",
            "Sjukskrivning 50 procent från 2026-01-15 till 2026-03-31.",
            "Frågan gäller rutinen för gemensam kartläggning, dnr 2025/1234.",
            "Personen deltar i insats 3 av 5 i programmet och har 20 timmar per vecka.",
            "Mötet bokades till kl. 09.00-12.00 i kommunhuset.",
            "Hur många ärenden per handläggare är rimligt? Vi har ungefär 45 per person.",
            "Arbetsförmågan bedöms till 25 % i ett anpassat arbete.",
            "Ersättningen höjdes från 365 till 410 kr per dag 2025.",
            "Kvinna 52 år med utmattningssyndrom, sjukskriven 100 % sedan 18 månader.",
            "Försäkringskassan och Arbetsförmedlingen har olika bedömning av arbetsförmågan.",
            "Regionen har remitterat till psykiatrin; väntetid cirka 12 veckor.",
            "Behov av tolk (arabiska) vid alla möten.",
            "Personen har inga skulder hos Kronofogden men betalningsanmärkningar från 2023.",
            "Gemensam fråga: hur hanterar vi samtycke när personen inte vill att arbetsgivaren kontaktas?",
            "Två barn, 4 och 7 år, familjen bor i kommunen sedan två år.",
            "Ärendet togs upp på träffen 2026-10-06 och följs upp nu.",
            "Personen pendlar 3 mil till praktikplatsen, reseersättning behövs.",
            "Postnummer och ort anges inte i föranmälan.",
            "En person i 25-årsåldern med diagnos inom autismspektrum och ångest.",
            "Vi planerar 6-8 träffar under hösten med tema arbetsträning.",
            "Telefonnumret till handläggaren finns i det interna systemet.",
            "Ärendenummer hos Försäkringskassan saknas ännu.",
            "Kostnaden beräknas till 0 kr för individen.",
            "Insatsen pågår vecka 12-20, tre dagar per vecka.",
            "Personen stavar sitt namn annorlunda i olika system, vilket försvårar samordningen."})
    void anonymisedTextsPass(String text) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Personnummer 19811218-9876 ska inte stå här.                          | PERSONAL_IDENTITY_NUMBER
            Gäller 811218-9876, sjukskriven sedan mars.                           | PERSONAL_IDENTITY_NUMBER
            pnr 8112189876                                                        | PERSONAL_IDENTITY_NUMBER
            Född 198112189876 enligt folkbokföringen.                             | PERSONAL_IDENTITY_NUMBER
            Samordningsnummer 19811278-9873                                       | PERSONAL_IDENTITY_NUMBER
            Personen, 121212+1212, är över hundra år.                             | PERSONAL_IDENTITY_NUMBER
            Barnet 20150314-1234 går i förskolan.                                 | PERSONAL_IDENTITY_NUMBER
            Nås på anna.svensson@exempel.se för frågor.                          | EMAIL
            Kontakt via kalle_k@hotmail.com                                       | EMAIL
            Skicka till handlaggare.namn@forshaga.se                              | EMAIL
            Ring 070-123 45 67 efter kl 16.                                       | PHONE
            Mobil 0701234567                                                      | PHONE
            Tel +46 70 123 45 67                                                  | PHONE
            Nummer 08-123 456 78 till arbetsgivaren.                              | PHONE
            Hemnummer 0563-123 45                                                 | PHONE
            Nås på 0046 70 987 65 43                                              | PHONE
            Bor på Storgatan 12 i centrum.                                        | STREET_ADDRESS
            Adress Kyrkvägen 3 B                                                  | STREET_ADDRESS
            Flyttade till Björkstigen 7.                                          | STREET_ADDRESS
            Postadress 667 30 Forshaga                                            | STREET_ADDRESS
            Lägenhet på Älvgatan 24, andra våningen.                              | STREET_ADDRESS
            Anna har varit sjukskriven i två år.                                  | GIVEN_NAME
            Mamman Karin vill ha stöd.                                            | GIVEN_NAME
            Sonen Elias, 8 år, har problem i skolan.                              | GIVEN_NAME
            Mohammed behöver tolk.                                                | GIVEN_NAME
            Kontaktperson är Fredrik på Arbetsförmedlingen.                       | GIVEN_NAME
            Dottern Åsa har flyttat hemifrån.                                     | GIVEN_NAME
            Pappan Göran är arbetslös sedan 2023.                                 | GIVEN_NAME
            Vi träffade Ella och hennes mamma.                                    | GIVEN_NAME
            """)
    void identifyingTextsAreRefusedAndTheKindIsNamed(String text, Finding expected) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).contains(expected);
    }

    // --- The examples of the attacker's test, each on its own.

    @ParameterizedTest
    @ValueSource(strings = {"Ann", "Inger", "Henrik", "Niklas", "Marcus", "Freja", "Klara", "Elvira"})
    void commonGivenNamesMissingFromTheOldListAreFound(String name) {
        assertThat(Anonymisation.find(name + " har hög frånvaro sedan höstlovet.", TODAY)).contains(Finding.GIVEN_NAME);
        assertThat(Anonymisation.find("Vi har träffat " + name + " två gånger.", TODAY)).contains(Finding.GIVEN_NAME);
    }

    @Test
    void aPersonnummerWithAnEnDashAndSpacesIsFound() {
        assertThat(Anonymisation.find("Pojken har personnummer 20180912 – 9891.", TODAY))
                .contains(Finding.PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", " - ", " \u2013 ", "  \u2212  ", " ", ""})
    void everyDashAndSpacingOfAPersonnummerIsFound(String separator) {
        assertThat(Anonymisation.find("Pnr 20180912" + separator + "9891 i remissen.", TODAY))
                .as("separator [%s]", separator).contains(Finding.PERSONAL_IDENTITY_NUMBER);
        assertThat(Anonymisation.find("Pnr 180912" + separator + "9891 i remissen.", TODAY))
                .as("separator [%s]", separator).contains(Finding.PERSONAL_IDENTITY_NUMBER);
        // A wrong check digit is no personnummer, whatever the dash.
        assertThat(Anonymisation.find("Ärende 20180912" + separator + "9890 i registret.", TODAY))
                .as("separator [%s]", separator).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"070 - 123 45 67", "070-123 45 67", "+46 70 123 45 67", "08-123 456 78", "070\u2013123 45 67",
            "070 \u2212 123 45 67", "0701234567", "0046 70 123 45 67", "+46 (0)70-123 45 67", "0563-123 45"})
    void everyCommonFormOfASwedishPhoneNumberIsFound(String number) {
        assertThat(Anonymisation.find("Mamman nås på " + number + " efter kl 16.", TODAY)).as(number).contains(Finding.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pojke född 2010-05-03, går i åk 9 på Forshagaskolan.", "Flicka f. 3 maj 2010 med hög frånvaro.",
            "Ungdom född 3/5-10 som avbrutit gymnasiet.", "Född den 3 maj 2010 i Karlstad.", "Födelsedatum: 20100503."})
    void aFullDateOfBirthIsFound(String text) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).contains(Finding.BIRTH_DATE);
        assertThat(Finding.BIRTH_DATE.description()).isEqualTo("ett födelsedatum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pojke född 2010 som går i åk 9 på Forshagaskolan.", "Flicka, 12 år, med oro i skolan.",
            "Ungdomen fyller 18 år i vår.", "Nästa träff är den 3 maj 2026 i Forshaga."})
    void aYearOrAnAgeAloneIsNoDateOfBirth(String text) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hans mamma har kontaktat skolan.", "Max två träffar per termin.", "Juni passar bra för uppföljning.",
            "Vi har pratat med BUP och Försäkringskassan.", "Forshaga, Hagfors och Munkfors har ett gemensamt team.",
            "Ungdomen bor i Karlstad och är inskriven på Arbetsförmedlingen.", "Per vecka får eleven tre timmar stöd.",
            "Maj är bra för uppföljning; vi ses i Juni.", "Bo kvar hemma är ungdomens önskan.",
            "De har inte fått beslut. Inga insatser har satts in.", "Mötet hålls på måndag, tisdag eller fredag i april."})
    void ordinaryWordsOpeningASentenceAreNoNames(String text) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).isEmpty();
    }

    /**
     * Chosen: an ambiguous word capitalised in the middle of a sentence is a name (Swedish writes the
     * pronoun "hans" in lower case there), and at the start of a sentence "Hans", "Per" and "Bo" are
     * names when a verb or a comma follows.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Vi träffade Hans igår.", "Skolan har träffat Max och hans pappa.", "Hans har slutat gå till skolan.",
            "Per är 19 år och söker arbete.", "Hans, 14 år, har hög frånvaro.", "Eleven Juni går i åk 4."})
    void anAmbiguousNameIsANameWhereTheWordCouldNotStand(String text) {
        assertThat(Anonymisation.find(text, TODAY)).as(text).contains(Finding.GIVEN_NAME);
    }

    @Test
    void theNameListIsLoadedFromPublicDataWithThousandsOfNames() {
        assertThat(Anonymisation.GIVEN_NAMES).hasSizeGreaterThan(1500)
                .contains("Ann", "Inger", "Henrik", "Niklas", "Marcus", "Freja", "Klara", "Elvira", "Mohammed", "Åsa")
                .doesNotContain("Forshaga", "Hagfors", "Munkfors", "Karlstad", "Arbetsförmedlingen", "Juli", "Måndag");
        assertThat(Anonymisation.ALSO_WORDS).contains("Hans", "Max", "Juni", "Per", "Bo", "Maj").allSatisfy(word ->
                assertThat(Anonymisation.GIVEN_NAMES.contains(word)
                        || Anonymisation.GIVEN_NAMES.contains(word.substring(0, word.length() - 1))).as(word).isTrue());
    }
}
