package se.samverkan.agency;

import java.util.Collection;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** The rules for changing an agency's contact path (kontaktväg), and the change itself. */
@Service
public class ContactPathChangeService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]+$");

    private final AgencyRepository agencies;

    public ContactPathChangeService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** A requested change, as the start form submits it. */
    public record ChangeRequest(String agencyCode, String newEmail, String newPhone, String newPostalAddress,
            String reason) {
    }

    /**
     * Checks a request and returns the agency it is about. Staff change their own agency's contact
     * path; process leaders any. {@code requesterGroups} is null for calls from inside the application.
     */
    public Agency checkRequest(ChangeRequest request, Collection<String> requesterGroups) {
        if (isBlank(request.agencyCode())) {
            throw new FieldValidationException("agencyCode", "Verksamhet: välj den verksamhet som ändringen gäller.");
        }
        Agency agency = agencies.findById(request.agencyCode()).orElseThrow(() -> new FieldValidationException(
                "agencyCode", "Verksamhet: det finns ingen verksamhet med koden \"" + request.agencyCode() + "\"."));
        if (requesterGroups != null && !requesterGroups.contains(agency.getCode())
                && !requesterGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new FieldValidationException("agencyCode",
                    "Verksamhet: du kan bara begära ändrad kontaktväg för en verksamhet du själv arbetar i.");
        }
        if (isBlank(request.newEmail()) && isBlank(request.newPhone()) && isBlank(request.newPostalAddress())) {
            throw new FieldValidationException("newEmail",
                    "Ny e-postadress: ange minst en ny kontaktväg (e-postadress, telefonnummer eller postadress).");
        }
        if (!isBlank(request.newEmail())
                && (request.newEmail().trim().length() > 254 || !EMAIL.matcher(request.newEmail().trim()).matches())) {
            throw new FieldValidationException("newEmail",
                    "Ny e-postadress: ange en giltig e-postadress, till exempel samverkan@kommun.se.");
        }
        if (!isBlank(request.newPhone())) {
            String phone = request.newPhone().trim();
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 5 || digits > 15) {
                throw new FieldValidationException("newPhone",
                        "Nytt telefonnummer: ange ett telefonnummer med 5–15 siffror, till exempel 0470-410 00.");
            }
        }
        if (!isBlank(request.newPostalAddress()) && request.newPostalAddress().trim().length() > 300) {
            throw new FieldValidationException("newPostalAddress", "Ny postadress: högst 300 tecken.");
        }
        if (isBlank(request.reason())) {
            throw new FieldValidationException("reason", "Motivering: beskriv varför kontaktvägen ändras.");
        }
        if (request.reason().length() > 1000) {
            throw new FieldValidationException("reason", "Motivering: högst 1000 tecken.");
        }
        return agency;
    }

    /** A rejected change needs a reason, so the requester learns why. */
    public void checkReview(Object decision, Object comment) {
        if (!ContactPathChangeProcess.APPROVE.equals(decision) && !ContactPathChangeProcess.REJECT.equals(decision)) {
            throw new FieldValidationException("reviewDecision",
                    "Beslut: välj om ändringen godkänns eller avslås.");
        }
        if (ContactPathChangeProcess.REJECT.equals(decision) && (!(comment instanceof String text) || text.isBlank())) {
            throw new FieldValidationException("reviewComment",
                    "Skäl till avslag: beskriv varför ändringen avslås.");
        }
    }

    @Transactional
    public Agency apply(ChangeRequest request) {
        Agency agency = checkRequest(request, null);
        agency.changeContactPath(request.newEmail(), request.newPhone(), request.newPostalAddress());
        return agencies.save(agency);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
