package se.samverkan.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for trying the application out (password {@value #PASSWORD}). Only with
 * {@code samverkan.demo.enabled=true}; the prod profile refuses to start with it. Listed in the README.
 */
@Component
@ConditionalOnProperty(name = "samverkan.demo.enabled", havingValue = "true")
public class DemoUsers {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, String title, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("frida", "Frida", "Förskolesson", "förskollärare", List.of("forskola")),
            new DemoUser("sara", "Sara", "Skolgren", "lärare", List.of("skola")),
            new DemoUser("linnea", "Linnea", "Ljungqvist", "lärare, Ljungsätraskolan", List.of("ljungby-skola")),
            new DemoUser("leo", "Leo", "Lagerström", "socialsekreterare, Ljungby", List.of("ljungby-socialtjanst")),
            new DemoUser("rektor", "Rasmus", "Rektorsson", "rektor", List.of("skola")),
            new DemoUser("erik", "Erik", "Elevhälsosson", "kurator", List.of("elevhalsa")),
            new DemoUser("bodil", "Bodil", "Barnhälsa", "BVC-sjuksköterska", List.of("bhv")),
            new DemoUser("fatima", "Fatima", "Familjecentralen", "familjebehandlare", List.of("familjecentral")),
            new DemoUser("hanna", "Hanna", "Familjehälsan", "familjebehandlare", List.of("familjehalsan")),
            new DemoUser("sofia", "Sofia", "Socialsekreterare", "socialsekreterare", List.of("socialtjanst")),
            new DemoUser("per", "Per", "Polisson", "polis", List.of("polis")),
            new DemoUser("vera", "Vera", "Vårdcentralen", "distriktssköterska", List.of("vardcentral")),
            new DemoUser("ulla", "Ulla", "Ungdomsmottagningen", "barnmorska", List.of("ungdomsmottagning")),
            new DemoUser("bo", "Bo", "Barnpsykiatri", "psykolog på BUP", List.of("bup")),
            new DemoUser("henrik", "Henrik", "Habilitering", "arbetsterapeut", List.of("hab")),
            new DemoUser("klara", "Klara", "Barnkliniken", "barnläkare", List.of("barnklinik")),
            new DemoUser("anna", "Anna", "Forshaga", "handläggare, Försäkringskassan",
                    List.of("team-forshaga")),
            new DemoUser("hugo", "Hugo", "Hagfors", "handläggare, Arbetsförmedlingen", List.of("team-hagfors")),
            new DemoUser("maja", "Maja", "Munkfors", "socialsekreterare, Munkfors kommun",
                    List.of("team-munkfors")),
            new DemoUser("lena", "Lena", "Processledare", "processledare", List.of(Roles.PROCESS_LEADERS)),
            new DemoUser("olof", "Olof", "Processägare", "processägare", List.of(Roles.PROCESS_OWNERS)),
            new DemoUser("cecilia", "Cecilia", "Chef", "verksamhetschef", List.of(Roles.SUPERVISORS)));

    private final IdentityService identityService;

    public DemoUsers(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    public void createDemoUsers() {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.samverkan.example.se");
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
            }
            for (String group : demo.groups()) {
                if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identityService.createMembership(demo.id(), group);
                }
            }
        }
    }
}
