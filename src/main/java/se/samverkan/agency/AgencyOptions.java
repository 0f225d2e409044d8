package se.samverkan.agency;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /**
     * The units that serve the municipality (its own and the county-wide ones), by name; every unit when the
     * municipality is null or has no units of its own here (a staircase round for a municipality outside the
     * county's register).
     */
    public TypedValue serving(String municipality) {
        List<Agency> all = agencies.findAll();
        boolean known = all.stream().anyMatch(a -> municipality != null && municipality.equals(a.getMunicipality()));
        return FormOptions.of(byName(all.stream().filter(a -> !known || a.serves(municipality)).toList()));
    }

    /** The codes of every unit: what a start form's unit field accepts (the receiving service checks the person). */
    public List<String> allCodes() {
        return agencies.findAll().stream().map(Agency::getCode).toList();
    }

    /** The units among the person's groups, by name: "Din verksamhet" in a start form. */
    public List<Option> ownUnits(Collection<String> groups) {
        return byName(agencies.findAllById(groups));
    }

    /** Every unit, by name. */
    public List<Option> allUnits() {
        return byName(agencies.findAll());
    }

    private static List<Option> byName(Collection<Agency> units) {
        return units.stream().sorted(Comparator.comparing(Agency::getName))
                .map(a -> new Option(a.getCode(), a.getName())).toList();
    }

    /** The given agencies, in the given order. */
    public TypedValue of(Collection<String> codes) {
        return FormOptions.of(codes.stream().map(code -> agencies.findById(code).orElseThrow())
                .map(a -> new Option(a.getCode(), a.getName())).toList());
    }
}
