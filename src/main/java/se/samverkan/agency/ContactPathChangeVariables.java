package se.samverkan.agency;

import static se.samverkan.agency.ContactPathChangeProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a change request from the process variables. */
final class ContactPathChangeVariables {

    private ContactPathChangeVariables() {
    }

    static ContactPathChangeService.ChangeRequest request(VariableScope variables) {
        return new ContactPathChangeService.ChangeRequest(
                text(variables, AGENCY_CODE), text(variables, NEW_EMAIL), text(variables, NEW_PHONE),
                text(variables, NEW_POSTAL_ADDRESS), text(variables, REASON));
    }

    private static String text(VariableScope variables, String name) {
        Object value = variables.getVariable(name);
        return value == null ? null : value.toString();
    }
}
