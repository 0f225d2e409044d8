package se.samverkan.agency;

import java.util.Collection;
import java.util.Comparator;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.FormOptions.Option;

/** Agencies as choices in forms (selects and checklists with "valuesKey"). */
@Service
@Transactional(readOnly = true)
public class AgencyOptions {

    private final AgencyRepository agencies;

    public AgencyOptions(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Every agency, by name. */
    public TypedValue all() {
        return FormOptions.of(agencies.findAll().stream().sorted(Comparator.comparing(Agency::getName))
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }

    /** The given agencies, in the given order. */
    public TypedValue of(Collection<String> codes) {
        return FormOptions.of(codes.stream().map(code -> agencies.findById(code).orElseThrow())
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }
}
