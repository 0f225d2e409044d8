package se.samverkan.cooperation;

import java.util.Collection;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyOptions;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.FormOptions.Option;

/** The choices the cooperation's forms offer, from reference data and the case's own state. */
@Service
@Transactional(readOnly = true)
public class CooperationFormOptions {

    private final AgencyOptions agencyOptions;
    private final WellbeingAreaRepository areas;
    private final ConsentService consents;

    public CooperationFormOptions(AgencyOptions agencyOptions, WellbeingAreaRepository areas, ConsentService consents) {
        this.agencyOptions = agencyOptions;
        this.areas = areas;
        this.consents = consents;
    }

    /** The units a case of the municipality may involve: its own and the county-wide ones. */
    public TypedValue agenciesServing(String municipality) {
        return agencyOptions.serving(municipality);
    }

    public TypedValue wellbeingAreas() {
        return FormOptions.of(areas.findAllByOrderBySortOrder().stream()
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }

    public TypedValue consentedAgencies(Long caseId) {
        return FormOptions.of(consents.coveredAgencyList(caseId).stream()
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }

    public TypedValue consentedSpecialistCare(Long caseId) {
        return FormOptions.of(consents.coveredAgencyList(caseId).stream().filter(Agency::isSpecialistCare)
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }

    public TypedValue agencies(Collection<String> codes) {
        return agencyOptions.of(codes);
    }
}
