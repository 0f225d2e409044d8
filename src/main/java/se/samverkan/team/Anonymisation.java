package se.samverkan.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverkan.platform.PersonalIdentityNumber;

/**
 * Finds what would identify a person in a text meant to be anonymised: a personnummer or
 * samordningsnummer (checksum-valid, any common written form), an e-mail address, a phone number, a
 * full date of birth, a street address or a common Swedish given name. Says what kind of thing it
 * found, never the thing.
 */
public final class Anonymisation {

    /** What was found, in words for the message to the user. */
    public enum Finding {
        PERSONAL_IDENTITY_NUMBER("ett personnummer eller samordningsnummer"),
        EMAIL("en e-postadress"),
        PHONE("ett telefonnummer"),
        STREET_ADDRESS("en gatuadress"),
        GIVEN_NAME("ett förnamn"),
        BIRTH_DATE("ett födelsedatum");

        private final String description;

        Finding(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, full-width hyphen. */
    private static final String DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE63\\uFF0D]";
    private static final String SPACE = "[ \\t\\u00A0\\u202F]";

    /**
     * YYYYMMDD or YYMMDD, the date parts optionally separated by one space or dash, then "-", "+",
     * a dash or nothing (with any spaces around it), then the four last digits.
     */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile(
            "(?<!\\d)(?<!\\d" + DASH + ")(\\d{2})?(\\d{2})(?:" + SPACE + "|" + DASH + ")?(\\d{2})(?:" + SPACE + "|"
                    + DASH + ")?(\\d{2})" + SPACE + "*(" + DASH + "|\\+)?" + SPACE + "*(\\d{4})(?!\\d)(?!" + DASH
                    + "\\d)");
    /** Starts only where a local part can start and never gives back what it took: linear in the text. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]++\\s?(?:@|\\(at\\)|\\[at\\])\\s?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");
    /**
     * Swedish numbers: 0, +46 or 0046 (optionally "(0)"), then digits with single spaces or dashes
     * (with spaces around them) between the groups. Not preceded by a digit or a letter, so dates,
     * times (09.00-12.00) and amounts are not taken; the number of digits is checked afterwards.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d\\p{L}+])(?<!\\d[./,]|\\d" + DASH + ")(\\+" + SPACE + "?46|0046|0)(?:" + SPACE + "?\\(0\\))?"
                    + "(?:" + SPACE + "{0,2}(?:" + DASH + "|/)?" + SPACE + "{0,2}\\d){6,11}(?![\\d.,]\\d|\\d)");
    private static final String STREET_WORD = "gatan|vägen|gränd|gränden|stigen|torget|backen|allén|allé|leden|stråket"
            + "|platsen|slingan|liden|gata|väg|torg|esplanaden|kajen|promenaden|ringen|höjden";
    /**
     * A street (Storgatan, Kyrkvägen, Stora torget) and a house number, not followed by a unit
     * ("Jobbtorget 2 dagar i veckan" is not an address).
     */
    private static final Pattern STREET = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?:" + STREET_WORD + "|\\s(?:" + STREET_WORD + "))\\s+\\d{1,4}(?:\\s?[A-Za-z])?\\b"
                    + "(?!\\s*(?:%|procent|dagar|dag|timmar|tim|veckor|v\\.|gånger|ggr|st|kr|år|månader|min))");
    private static final Pattern POSTAL_ADDRESS = Pattern.compile("(?<![\\d,.])\\b\\d{3}\\s?\\d{2}\\s+\\p{Lu}\\p{Ll}{2,}");

    private static final String MONTH = "(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
            + "|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A date with at least a day and a month: 2010-05-03, 20100503, 100503, 3/5-10, 3.5.2010, 3 maj 2010. */
    private static final String FULL_DATE = "(?:(?:19|20)\\d{2}" + DASH + "?\\d{2}" + DASH + "?\\d{2}(?!\\d)"
            + "|(?:19|20)\\d{2}[/.]\\d{1,2}[/.]\\d{1,2}"
            + "|\\d{6}(?!\\d)"
            + "|\\d{1,2}[/.]\\d{1,2}(?!\\d)"
            + "|\\d{1,2}(?::e|:a)?" + SPACE + "+" + MONTH + "(?![\\p{L}]))";
    /**
     * A birth word (född, f., födelsedatum, födelsedag, fyller år) and, at most four words later, a date
     * with day and month. A year or an age alone ("född 2010", "12 år") identifies no one and passes.
     */
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:födda?|föddes|föd\\.|f\\.?|födelsedatum|födelsedag(?:en)?"
                    + "|fyller(?:\\s+\\d{1,2}(?:\\s+år)?|\\s+år))(?![\\p{L}]):?(?:\\s+[\\p{L}]+,?){0,4}?\\s*" + FULL_DATE);

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Common Swedish given names (see the header of the file for where they come from). */
    static final Set<String> GIVEN_NAMES = load("given-names.txt");
    /** Names, or name genitives, that are also ordinary words often opening a sentence (Hans, Max, Juni, De). */
    static final Set<String> ALSO_WORDS = load("given-names-also-words.txt");

    /**
     * At the start of a sentence these are still names when a verb or a comma follows: the pronoun
     * "hans", the preposition "per" and the verb "bo" are never followed by "har" or ", 14 år,".
     * The others (De har, Inga har, Max är, Juni är, Bror har) can be, so they are left as words.
     */
    private static final Set<String> NAME_BEFORE_VERB = Set.of("Hans", "Per", "Bo");
    private static final Set<String> VERBS = Set.of("har", "hade", "är", "var", "vill", "ville", "ska", "skulle", "kan",
            "kunde", "bor", "bodde", "går", "gick", "mår", "behöver", "får", "fick", "kommer", "kom", "säger", "sa",
            "sade", "berättar", "berättade", "önskar", "saknar", "tycker", "känner", "verkar", "upplever", "arbetar",
            "jobbar", "studerar", "söker", "sökte", "slutade", "började", "flyttade", "flyttar", "deltar", "deltog",
            "träffar", "träffade", "uppger", "uppgav", "bedöms", "fyller", "fyllde");
    /** Month and feast names that are also given names: after a time word or a number they are the date. */
    private static final Set<String> CALENDAR = Set.of("Maj", "Juni", "Lucia", "Valborg");
    private static final Set<String> TIME_WORDS = Set.of("i", "under", "från", "till", "före", "innan", "efter",
            "sedan", "senast", "tills", "av", "om", "nästa", "förra", "varje", "början", "slutet", "mitten", "halva",
            "hela", "kring", "runt", "inför", "vid", "per", "den", "t.o.m.", "fr.o.m.", "tom", "from", "och");

    private Anonymisation() {
    }

    /** The first kind of identifying detail in the text, if any. */
    public static Optional<Finding> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (hasIdentityNumber(text, today)) {
            return Optional.of(Finding.PERSONAL_IDENTITY_NUMBER);
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Finding.EMAIL);
        }
        if (hasPhoneNumber(text)) {
            return Optional.of(Finding.PHONE);
        }
        if (BIRTH_DATE.matcher(text).find()) {
            return Optional.of(Finding.BIRTH_DATE);
        }
        if (STREET.matcher(text).find() || POSTAL_ADDRESS.matcher(text).find()) {
            return Optional.of(Finding.STREET_ADDRESS);
        }
        if (hasGivenName(text)) {
            return Optional.of(Finding.GIVEN_NAME);
        }
        return Optional.empty();
    }

    private static boolean hasIdentityNumber(String text, LocalDate today) {
        Matcher number = IDENTITY_NUMBER.matcher(text);
        while (number.find()) {
            String century = number.group(1) == null ? "" : number.group(1);
            String separator = "+".equals(number.group(5)) ? "+" : "-";
            String candidate = century + number.group(2) + number.group(3) + number.group(4) + separator + number.group(6);
            if (PersonalIdentityNumber.isValid(candidate, today)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPhoneNumber(String text) {
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            // +46 70 … and 0046 70 … are 070 …; "(0)" after the country code is not dialled.
            String national = digits.startsWith("0046") ? "0" + digits.substring(4)
                    : digits.startsWith("46") ? "0" + digits.substring(2) : digits;
            if (phone.group().contains("(0)")) {
                national = national.replaceFirst("^00", "0");
            }
            // 0 + area code and subscriber number: 8 to 10 digits; a second 0 would be an international prefix.
            if (national.length() >= 8 && national.length() <= 10 && national.charAt(1) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGivenName(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group();
            if (!Character.isUpperCase(token.charAt(0))) {
                continue;
            }
            // "Annas mamma": the genitive of a name is a name too.
            String name = GIVEN_NAMES.contains(token) ? token
                    : token.endsWith("s") && GIVEN_NAMES.contains(token.substring(0, token.length() - 1))
                            ? token.substring(0, token.length() - 1) : null;
            if (name == null) {
                continue;
            }
            if (!ALSO_WORDS.contains(token) && !ALSO_WORDS.contains(name)) {
                return true;
            }
            // Also an ordinary word: capitalised mid-sentence it is a name ("Vi träffade Hans igår"),
            // at the start of a sentence it is the word ("Hans mamma har ringt") unless a verb or a comma follows.
            if (startsSentence(text, word.start())) {
                if (NAME_BEFORE_VERB.contains(name) && verbOrCommaFollows(text, word.end())) {
                    return true;
                }
                continue;
            }
            if (CALENDAR.contains(name) && afterTimeWordOrNumber(text, word.start())) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** At the start of the text, of a line or list item, or after . ! ? : ; (opening quotes and brackets skipped). */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'(«»”“[".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        if (i < 0) {
            return true;
        }
        char before = text.charAt(i);
        if (".!?:;".indexOf(before) >= 0) {
            return true;
        }
        // A list item: "- Hans mamma …" or "• Max två träffar …" at the start of a line or after a sentence.
        if ("-–—•*".indexOf(before) >= 0) {
            int j = i - 1;
            while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j--;
            }
            return j < 0 || text.charAt(j) == '\n' || ".!?:;".indexOf(text.charAt(j)) >= 0;
        }
        return false;
    }

    private static final Pattern VERB_OR_COMMA = Pattern.compile("^(?:\\s+(\\p{L}+)|\\s*,)");

    private static boolean verbOrCommaFollows(String text, int end) {
        Matcher next = VERB_OR_COMMA.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return next.find() && (next.group(1) == null || VERBS.contains(next.group(1).toLowerCase()));
    }

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+|\\d+)\\s*$");

    private static boolean afterTimeWordOrNumber(String text, int start) {
        Matcher last = LAST_WORD.matcher(text.substring(Math.max(0, start - 30), start));
        if (!last.find()) {
            return false;
        }
        String previous = last.group(1);
        return Character.isDigit(previous.charAt(0)) || TIME_WORDS.contains(previous.toLowerCase());
    }

    /** The non-comment lines of a list next to this class, loaded once. */
    private static Set<String> load(String resource) {
        try (InputStream in = Anonymisation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
