package se.samverkan.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.agency.ContactPathChangeService.ChangeRequest;
import se.samverkan.platform.FieldValidationException;

class ContactPathChangeServiceTest {

    private final AgencyRepository agencies = mock(AgencyRepository.class);
    private final ContactPathChangeService service = new ContactPathChangeService(agencies);

    @BeforeEach
    void knownAgencies() {
        when(agencies.findById("skola")).thenReturn(Optional.of(new Agency("skola", "Skola", AgencyKind.MUNICIPALITY)));
    }

    @Test
    void aCompleteRequestFromTheAgencysOwnStaffPasses() {
        Agency agency = service.checkRequest(
                new ChangeRequest("skola", "elevhalsan@skola.se", "0470-410 10", null, "Ny brevlåda"), List.of("skola"));
        assertThat(agency.getName()).isEqualTo("Skola");
    }

    @Test
    void processLeadersMayChangeAnyAgency() {
        assertThat(service.checkRequest(new ChangeRequest("skola", "a@b.se", null, null, "Ny"), List.of("processledare")))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            no agency             | null    | a@b.se     | null           | null          | skäl | agencyCode       | Verksamhet: välj
            unknown agency        | okand   | a@b.se     | null           | null          | skäl | agencyCode       | ingen verksamhet med koden
            another agency        | skola   | a@b.se     | null           | null          | skäl | agencyCode       | en verksamhet du själv arbetar i
            nothing to change     | skola   | null       | null           | null          | skäl | newEmail         | minst en ny kontaktväg
            e-mail without domain | skola   | anna@skola | null           | null          | skäl | newEmail         | giltig e-postadress
            e-mail with space     | skola   | an na@b.se | null           | null          | skäl | newEmail         | giltig e-postadress
            phone with letters    | skola   | null       | ring mig       | null          | skäl | newPhone         | 5–15 siffror
            phone too short       | skola   | null       | 12-3           | null          | skäl | newPhone         | 5–15 siffror
            no reason             | skola   | a@b.se     | null           | null          | null | reason           | Motivering
            """)
    void refusesWithASwedishMessageNamingTheField(String what, String agency, String email, String phone,
            String address, String reason, String field, String message) {
        List<String> groups = "another agency".equals(what) ? List.of("socialtjanst") : List.of("skola");
        assertThatThrownBy(() -> service.checkRequest(new ChangeRequest(agency, email, phone, address, reason), groups))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aRejectionNeedsAReasonAndADecisionIsRequired() {
        service.checkReview("approve", null);
        service.checkReview("reject", "Fel brevlåda");
        assertThatThrownBy(() -> service.checkReview("reject", " "))
                .hasMessage("Skäl till avslag: beskriv varför ändringen avslås.");
        assertThatThrownBy(() -> service.checkReview(null, null))
                .hasMessage("Beslut: välj om ändringen godkänns eller avslås.");
        assertThatThrownBy(() -> service.checkReview("kanske", null))
                .isInstanceOf(FieldValidationException.class);
    }
}
