package se.samverkan.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.cooperation.CooperationCodes.WithdrawnBy;
import se.samverkan.platform.Codes;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** Samtycke: recording, extending and withdrawing, and which agencies it covers (rule 1). */
@Service
@Transactional
public class ConsentService {


    private final ConsentRepository consents;
    private final ChildCaseRepository cases;
    private final CaseParties parties;
    private final AgencyRepository agencies;
    private final Clock clock;

    public ConsentService(ConsentRepository consents, ChildCaseRepository cases, CaseParties parties,
            AgencyRepository agencies, Clock clock) {
        this.consents = consents;
        this.cases = cases;
        this.parties = parties;
        this.agencies = agencies;
        this.clock = clock;
    }

    public record ConsentInput(String form, LocalDate date, String consentingGuardians, String childConsent,
            List<String> agencyCodes) {
    }

    /** "Inhämta samtycke". Without consent the case ends here. */
    public Consent record(Long caseId, Boolean given, ConsentInput input, String userId) {
        if (given == null) {
            throw new FieldValidationException("consentGiven", "Har samtycke lämnats?: svara ja eller nej.");
        }
        ChildCase childCase = cases.findById(caseId).orElseThrow();
        if (!given) {
            childCase.end(CaseStatus.NO_CONSENT, null, clock.instant());
            return null;
        }
        Consent consent = consents.save(check(caseId, input, "consentedAgencies", userId));
        childCase.activate();
        return consent;
    }

    /** "Utöka samtycke": more agencies for the next meeting. */
    public Consent extend(Long caseId, ConsentInput input, String userId) {
        return consents.save(check(caseId, input, "additionalAgencies", userId));
    }

    /** The consent as the rules allow it: form, date not in the future, guardians, the child, the agencies. */
    Consent check(Long caseId, ConsentInput input, String agenciesField, String userId) {
        if (!Codes.isOneOf(CooperationCodes.ConsentForm.class, input.form())) {
            throw new FieldValidationException("consentForm", "Form: ange om samtycket är skriftligt eller muntligt.");
        }
        if (input.date() == null) {
            throw new FieldValidationException("consentDate", "Datum: ange när samtycket lämnades.");
        }
        if (input.date().isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("consentDate", "Datum: samtycket kan inte ha lämnats i framtiden.");
        }
        if (input.consentingGuardians() == null || input.consentingGuardians().isBlank()) {
            throw new FieldValidationException("consentingGuardians",
                    "Vårdnadshavare som har samtyckt: ange vilka vårdnadshavare som har samtyckt.");
        }
        if (input.childConsent() != null && !Codes.isOneOf(CooperationCodes.ChildConsent.class, input.childConsent())) {
            throw new FieldValidationException("childConsent", "Barnets/ungdomens samtycke: välj ett av alternativen.");
        }
        if ("NOT_GIVEN".equals(input.childConsent())) {
            throw new FieldValidationException("childConsent",
                    "Barnets/ungdomens samtycke: en ungdom med egen ålder och mognad har inte samtyckt; samverkan kan inte aktiveras.");
        }
        String label = "consentedAgencies".equals(agenciesField) ? "Verksamheter som får bjudas in"
                : "Verksamheter som samtycket nu också omfattar";
        if (input.agencyCodes().isEmpty()) {
            throw new FieldValidationException(agenciesField, label + ": välj minst en verksamhet.");
        }
        List<String> names = input.agencyCodes().stream().map(code -> agencies.findById(code)
                .orElseThrow(() -> new FieldValidationException(agenciesField, label + ": okänd verksamhet."))
                .getName()).toList();
        String statement = "ORAL".equals(input.form()) ? oralConsentSentence(input.date(), names) : null;
        return new Consent(caseId, input.form(), input.date(), input.consentingGuardians().trim(),
                input.childConsent(), List.copyOf(new LinkedHashSet<>(input.agencyCodes())), statement, userId, clock.instant());
    }

    /** The sentence the working procedure prescribes for oral consent. */
    static String oralConsentSentence(LocalDate date, List<String> agencyNames) {
        String list = agencyNames.size() == 1 ? agencyNames.get(0)
                : String.join(", ", agencyNames.subList(0, agencyNames.size() - 1)) + " och " + agencyNames.get(agencyNames.size() - 1);
        return "Samtycke har lämnats muntligen den " + date.format(DateTimeFormatter.ISO_LOCAL_DATE)
                + " för kontakt med " + list + ".";
    }

    /**
     * The agencies a recorded, unwithdrawn consent covers. The initiating agency collected the consent
     * and takes part as long as any consent stands.
     */
    @Transactional(readOnly = true)
    public Set<String> coveredAgencies(Long caseId) {
        Set<String> covered = new LinkedHashSet<>();
        consents.findByCaseIdOrderById(caseId).stream().filter(c -> !c.isWithdrawn())
                .forEach(c -> covered.addAll(c.getAgencies()));
        if (!covered.isEmpty()) {
            covered.add(cases.findById(caseId).orElseThrow().getInitiatingAgency());
        }
        return covered;
    }

    @Transactional(readOnly = true)
    public List<Agency> coveredAgencyList(Long caseId) {
        return coveredAgencies(caseId).stream().map(code -> agencies.findById(code).orElseThrow()).toList();
    }

    public record WithdrawalRequest(String caseNumber, String withdrawnBy, LocalDate withdrawnOn, String note) {
    }

    /**
     * Checks a withdrawal from Tasklist: the case must be an active cooperation, the user must work in
     * an agency taking part in it (or be a process leader: a guardian may tell any of them), and the
     * person who withdrew must be the child or one of the case's guardians.
     */
    @Transactional(readOnly = true)
    public ChildCase checkWithdrawal(WithdrawalRequest request, Collection<String> userGroups) {
        if (request.caseNumber() == null || request.caseNumber().isBlank()) {
            throw new FieldValidationException("caseNumber", "Ärendenummer: ange ärendenumret, till exempel SB-2026-0042.");
        }
        ChildCase childCase = cases.findByCaseNumber(request.caseNumber().trim()).orElse(null);
        if (childCase == null || userGroups != null && !userGroups.contains(Roles.PROCESS_LEADERS)
                && !parties.includeAnyOf(childCase, userGroups)) {
            // One answer for both: staff of other agencies learn nothing about whether the case exists.
            throw new FieldValidationException("caseNumber", "Ärendenummer: du kan inte registrera en återkallelse i "
                    + "det ärendet. Antingen finns det inte, eller så deltar din verksamhet inte i det.");
        }
        if (childCase.getStatus() != CaseStatus.ACTIVE) {
            throw notActive();
        }
        if (request.withdrawnBy() == null || request.withdrawnBy().isBlank()) {
            throw new FieldValidationException("withdrawnBy", "Vem återkallade samtycket?: välj barnet eller en vårdnadshavare.");
        }
        if (WithdrawnBy.GUARDIAN_2.name().equals(request.withdrawnBy()) && childCase.guardian(2).isEmpty()) {
            throw new FieldValidationException("withdrawnBy",
                    "Vem återkallade samtycket?: ärendet har bara en vårdnadshavare registrerad.");
        }
        if (request.withdrawnOn() == null || request.withdrawnOn().isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("withdrawnOn", "Datum: ange dagens eller ett tidigare datum.");
        }
        return childCase;
    }

    /** The case's cooperation has ended (or another withdrawal got there first): nothing to withdraw. */
    static FieldValidationException notActive() {
        return new FieldValidationException("caseNumber",
                "Ärendenummer: samverkan i ärendet pågår inte, så det finns inget samtycke att återkalla.");
    }

    public void withdraw(Long caseId, String by, LocalDate on, String note) {
        consents.findByCaseIdOrderById(caseId).stream().filter(c -> !c.isWithdrawn())
                .forEach(c -> c.withdraw(on, by, note));
    }
}
