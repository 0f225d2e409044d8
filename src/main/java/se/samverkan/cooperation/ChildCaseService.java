package se.samverkan.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.Codes;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.PersonalIdentityNumber;

/** Registering a noticed need, assessing it, and referring to another agency. */
@Service
@Transactional
public class ChildCaseService {


    private final ChildCaseRepository cases;
    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    public ChildCaseService(ChildCaseRepository cases, AgencyRepository agencies, WellbeingAreaRepository areas,
            CaseNumbers caseNumbers, Clock clock) {
        this.cases = cases;
        this.agencies = agencies;
        this.areas = areas;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    public record NoticedNeed(String initiatingAgency, String childName, String childPersonalNumber,
            List<GuardianInput> guardians, String noticed) {
    }

    /**
     * Registers the case. {@code userGroups} is null for calls from inside the application; a user
     * may only register for an agency they work in.
     */
    public ChildCase register(NoticedNeed need, String userId, Collection<String> userGroups, String processInstanceId) {
        if (blank(need.initiatingAgency())) {
            throw new FieldValidationException("initiatingAgency", "Din verksamhet: välj den verksamhet du arbetar i.");
        }
        Agency agency = agencies.findById(need.initiatingAgency()).orElseThrow(() -> new FieldValidationException(
                "initiatingAgency", "Din verksamhet: okänd verksamhet."));
        if (userGroups != null && !userGroups.contains(agency.getCode())) {
            throw new FieldValidationException("initiatingAgency",
                    "Din verksamhet: du kan bara starta samverkan för en verksamhet du själv arbetar i.");
        }
        if (blank(need.childName()) || need.childName().trim().length() > 200) {
            throw new FieldValidationException("childName", "Namn: ange barnets eller ungdomens namn.");
        }
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(need.childPersonalNumber(), LocalDate.now(clock))
                .orElseThrow(() -> new FieldValidationException("childPersonalNumber",
                        "Personnummer: ange ett giltigt personnummer eller samordningsnummer, till exempel "
                                + "20150314-1234 (datum och kontrollsiffra kontrolleras)."));
        if (need.guardians().isEmpty()) {
            throw new FieldValidationException("guardian1Name", "Vårdnadshavare: ange minst en vårdnadshavare.");
        }
        for (GuardianInput guardian : need.guardians()) {
            if (blank(guardian.name()) || blank(guardian.contact())) {
                throw new FieldValidationException(guardian.field(blank(guardian.name()) ? "name" : "contact"),
                        "Vårdnadshavare " + guardian.row() + ": ange namn och hur vi når vårdnadshavaren.");
            }
        }
        if (blank(need.noticed())) {
            throw new FieldValidationException("noticed", "Vad har vi uppmärksammat?: beskriv vad ni har sett, hört eller förstått.");
        }
        ChildCase childCase = new ChildCase(caseNumbers.next(), agency.getCode(), agency.getMunicipality(),
                need.childName().trim(),
                number.toString(), need.noticed().trim(), userId, clock.instant());
        need.guardians().forEach(g -> childCase.addGuardian(g.name().trim(), g.contact().trim()));
        childCase.attachProcess(processInstanceId);
        return cases.save(childCase);
    }

    public ChildCase recordAssessment(Long caseId, String observations, String account, List<String> areaCodes,
            String outcome) {
        for (String area : areaCodes) {
            if (!areas.existsById(area)) {
                throw new FieldValidationException("wellbeingAreas",
                        "Berörda områden i Barnets bästa-hjulet: okänt område.");
            }
        }
        if (!Codes.isOneOf(CooperationCodes.AssessmentOutcome.class, outcome)) {
            throw new FieldValidationException("assessmentOutcome", "Bedömning: välj en av bedömningarna.");
        }
        ChildCase childCase = get(caseId);
        childCase.recordAssessment(observations, account, areaCodes, outcome, clock.instant());
        return childCase;
    }

    public ChildCase recordReferral(Long caseId, String agencyCode, String way, LocalDate oralConsentDate, String note) {
        if (blank(agencyCode) || !agencies.existsById(agencyCode)) {
            throw new FieldValidationException("referralAgency", "Verksamhet: välj den verksamhet ni hänvisar till.");
        }
        if (!Codes.isOneOf(CooperationCodes.ReferralWay.class, way)) {
            throw new FieldValidationException("referralWay", "Hur: välj hur kontakten med verksamheten tas.");
        }
        if ("WE_CONTACT".equals(way)) {
            if (oralConsentDate == null) {
                throw new FieldValidationException("oralConsentDate",
                        "Datum för muntligt samtycke: vi kontaktar bara verksamheten med familjens muntliga samtycke; ange datumet.");
            }
            if (oralConsentDate.isAfter(LocalDate.now(clock))) {
                throw new FieldValidationException("oralConsentDate", "Datum för muntligt samtycke: datumet kan inte ligga i framtiden.");
            }
        }
        ChildCase childCase = get(caseId);
        childCase.recordReferral(agencyCode, way, "WE_CONTACT".equals(way) ? oralConsentDate : null, note,
                clock.instant());
        return childCase;
    }

    @Transactional(readOnly = true)
    public ChildCase get(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("Ärendet " + caseId + " finns inte"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
