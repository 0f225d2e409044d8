package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "20150314-1234, 20150314-1234",
            "201503141234,  20150314-1234",
            "150314-1234,   20150314-1234",
            "1503141234,    20150314-1234",
            "19121212-1212, 19121212-1212",
            "121212+1212,   19121212-1212",
            "20150374-1231, 20150374-1231",
            "'20150314 1234', 20150314-1234"})
    void acceptsEveryCommonWrittenForm(String written, String canonical) {
        assertThat(PersonalIdentityNumber.parse(written, TODAY)).hasValueSatisfying(
                number -> assertThat(number.toString()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "20150314-1239",   // wrong check digit
            "20150230-1234",   // no 30 February
            "20151314-1231",   // no month 13
            "20301212-1212",   // born in the future
            "2015-03-14",      // a date, not a number
            "SB-2026-0042",    // a case number
            "12345",
            "",
            "20150314+1234"})  // "+" only with 10 digits
    void refusesWhatIsNotAValidNumber(String written) {
        assertThat(PersonalIdentityNumber.parse(written, TODAY)).isEmpty();
    }

    @Test
    void aSamordningsnummerHasItsDayPlusSixty() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("20150374-1231", TODAY).orElseThrow();
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2015, 3, 14));
    }

    @Test
    void aTenDigitNumberBelongsToTheLastHundredYears() {
        assertThat(PersonalIdentityNumber.parse("261122-1231", TODAY).orElseThrow().birthDate().getYear())
                .isEqualTo(2026);
        assertThat(PersonalIdentityNumber.parse("270101-1237", TODAY))
                .hasValueSatisfying(n -> assertThat(n.birthDate().getYear()).isEqualTo(1927));
    }

    @Test
    void theCheckDigitIsLuhnOverYymmddnnn() {
        assertThat(PersonalIdentityNumber.luhnCheckDigit("811218987")).isEqualTo(6);
    }
}
