package se.samverkan.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.platform.PersonalIdentityNumber;

/**
 * Finds what would identify a person in a text meant to be anonymised: a personnummer or
 * samordningsnummer (checksum-valid, any common written form), an e-mail address, a phone number, a
 * street address or a common Swedish given name. Says what kind of thing it found, never the thing.
 */
public final class Anonymisation {

    /** What was found, in words for the message to the user. */
    public enum Finding {
        PERSONAL_IDENTITY_NUMBER("ett personnummer eller samordningsnummer"),
        EMAIL("en e-postadress"),
        PHONE("ett telefonnummer"),
        STREET_ADDRESS("en gatuadress"),
        GIVEN_NAME("ett förnamn");

        private final String description;

        Finding(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![\\d-])(\\d{6}|\\d{8})\\s?([-+]?)\\s?(\\d{4})(?![\\d-])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    /** Swedish numbers: 0 or +46/0046, then 7–9 digits with spaces or hyphens between groups. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d\\w/.,-])(\\+46|0046|0)[\\s-]?\\(?0?\\)?[\\s-]?(\\d[\\s-]?){6,8}\\d(?![\\d/.,-]\\d|\\d|\\s?kr)");
    private static final Pattern STREET = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(gatan|vägen|gränd|gränden|stigen|torget|backen|allén|leden|stråket|plan|platsen|"
                    + "slingan|liden|gata|väg|torg)\\s+\\d+\\s?[A-Za-z]?\\b");
    private static final Pattern POSTAL_ADDRESS = Pattern.compile("\\b\\d{3}\\s\\d{2}\\s+\\p{Lu}\\p{Ll}+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Common Swedish given names, without those that are also everyday words (Bo, Per, Maj, Stig, Rut),
     * so ordinary sentences are not refused. Matched case-sensitively, as names are written.
     */
    static final Set<String> GIVEN_NAMES = Set.copyOf(List.of(
            "Adam", "Agnes", "Albin", "Alexander", "Alice", "Alma", "Alva", "Amanda", "Anders", "Andreas", "Anna",
            "Anders", "Anton", "Arvid", "Astrid", "Axel", "Barbro", "Berit", "Birgitta", "Björn", "Bengt", "Camilla",
            "Carl", "Caroline", "Cecilia", "Charlotte", "Christer", "Christina", "Daniel", "David", "Ebba", "Edvin",
            "Elias", "Elin", "Elias", "Elisabeth", "Ella", "Ellen", "Elsa", "Emil", "Emma", "Erik", "Eva", "Felicia",
            "Filip", "Fredrik", "Frida", "Gunilla", "Gustav", "Hanna", "Hannes", "Hans", "Hampus", "Hugo", "Ida",
            "Ingrid", "Isak", "Jakob", "Jan", "Jenny", "Jessica", "Johan", "Johanna", "Jonas", "Josefin", "Julia",
            "Karin", "Karl", "Kerstin", "Kristina", "Lars", "Leo", "Liam", "Lina", "Linnea", "Lisa", "Louise", "Lucas",
            "Ludvig", "Lukas", "Maria", "Marie", "Magnus", "Maja", "Malin", "Margareta", "Martin", "Matilda", "Mats",
            "Mattias", "Max", "Melvin", "Mikael", "Moa", "Mohammed", "Mohammad", "Nils", "Noah", "Nora", "Olivia",
            "Oliver", "Olle", "Oscar", "Oskar", "Peter", "Patrik", "Rasmus", "Robin", "Sara", "Sebastian", "Selma",
            "Signe", "Simon", "Sofia", "Sofie", "Stefan", "Susanne", "Svea", "Thomas", "Tobias", "Tove", "Ulla",
            "Ulf", "Vera", "Viktor", "Vilma", "Wilma", "William", "Wilhelm", "Ali", "Ahmed", "Fatima", "Yasmin",
            "Zara", "Leila", "Omar", "Hassan", "Amir", "Sven", "Gustaf", "Lennart", "Linda", "Maria", "Helena",
            "Annika", "Åsa", "Åke", "Östen", "Göran", "Håkan", "Jörgen", "Lena", "Monica", "Elsa", "Saga", "Tyra",
            "Alicia", "Stella", "Nova", "Ines", "Juni", "Vincent", "Theo", "Melker", "Sixten", "Ivar", "Ture", "Colin"));

    private Anonymisation() {
    }

    /** The first kind of identifying detail in the text, if any. */
    public static Optional<Finding> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher number = IDENTITY_NUMBER.matcher(text);
        while (number.find()) {
            String candidate = number.group(1) + number.group(2) + number.group(3);
            if (PersonalIdentityNumber.isValid(candidate, today)) {
                return Optional.of(Finding.PERSONAL_IDENTITY_NUMBER);
            }
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Finding.EMAIL);
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            long digits = phone.group().chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 13) {
                return Optional.of(Finding.PHONE);
            }
        }
        if (STREET.matcher(text).find() || POSTAL_ADDRESS.matcher(text).find()) {
            return Optional.of(Finding.STREET_ADDRESS);
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (GIVEN_NAMES.contains(word.group())) {
                return Optional.of(Finding.GIVEN_NAME);
            }
        }
        return Optional.empty();
    }
}
