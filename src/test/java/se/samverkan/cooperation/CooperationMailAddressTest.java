package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which profile addresses go into a mail's Reply-To and the calendar's ORGANIZER; the rest leave only the agency's. */
class CooperationMailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "sara@demo.samverkan.example.se      | sara@demo.samverkan.example.se",
        "'  sara@skola.example.se '          | sara@skola.example.se",
        "åsa.ek@kommun.example.se            | åsa.ek@kommun.example.se",
        "NONE                                | NONE",
        "'   '                               | NONE",
        "sara                                | NONE",
        "sara@                               | NONE",
        "sara skolgren@example.se            | NONE",
        "Sara <sara@example.se>              | NONE",
        "sara@example.se, per@example.se     | NONE"})
    void onlyOnePlainAddressIsUsed(String profile, String used) {
        assertThat(CooperationMail.address(profile)).isEqualTo(used);
    }

    @Test
    void aHeaderSmuggledIntoTheProfileIsNoAddress() {
        assertThat(CooperationMail.address("sara@example.se\r\nBcc: x@example.se")).isNull();
    }
}
