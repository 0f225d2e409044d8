package se.samverkan.cooperation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.FormOptions.Option;

/** The choices the cooperation's forms offer, from reference data and the case's own state. */
@Service
@Transactional(readOnly = true)
public class CooperationFormOptions {

    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;
    private final ConsentService consents;

    public CooperationFormOptions(AgencyRepository agencies, WellbeingAreaRepository areas, ConsentService consents) {
        this.agencies = agencies;
        this.areas = areas;
        this.consents = consents;
    }

    public TypedValue allAgencies() {
        return FormOptions.of(agencies.findAll().stream().sorted(Comparator.comparing(Agency::getName))
                .map(a -> new Option(a.getCode(), a.getName())).toList());
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
        List<Option> options = codes.stream().map(code -> agencies.findById(code).orElseThrow())
                .map(a -> new Option(a.getCode(), a.getName())).toList();
        return FormOptions.of(options);
    }
}
