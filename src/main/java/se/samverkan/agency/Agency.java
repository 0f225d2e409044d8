package se.samverkan.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A verksamhet taking part in the cooperation: an organisational unit of a principal (a school of a
 * municipality, a health centre of the region). Its code is also the Camunda group of its staff, and its
 * contact path (kontaktväg) is where invitations go.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    private AgencyType type = AgencyType.OTHER;

    /** The huvudman: "Växjö kommun", "Region Kronoberg", "Polismyndigheten"; null when not recorded. */
    private String principal;

    /** The municipality the unit serves; null for a unit that serves the whole county (BUP, habiliteringen). */
    private String municipality;

    private String email;

    private String phone;

    @Column(name = "postal_address")
    private String postalAddress;

    /** Specialist care (BUP, habiliteringen, ...) is invited only with an established care contact. */
    @Column(name = "specialist_care", nullable = false)
    private boolean specialistCare;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    /** Specialist care, which a child meets through its own primary care unless a care contact exists. */
    public static Agency specialistCare(String code, String name, AgencyKind kind) {
        Agency agency = new Agency(code, name, kind);
        agency.specialistCare = true;
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public AgencyType getType() {
        return type;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getMunicipality() {
        return municipality;
    }

    /** A unit of the municipality, or one that serves the whole county; every unit when no municipality is known. */
    public boolean serves(String caseMunicipality) {
        return caseMunicipality == null || municipality == null || municipality.equals(caseMunicipality);
    }

    /** Places the unit in its organisation (reference data does this in SQL; tests in Java). */
    public Agency locatedIn(AgencyType type, String principal, String municipality) {
        this.type = type;
        this.principal = principal;
        this.municipality = municipality;
        return this;
    }

    public boolean isSpecialistCare() {
        return specialistCare;
    }

    /** Replaces the contact path; a blank value keeps the current one. */
    public void changeContactPath(String newEmail, String newPhone, String newPostalAddress) {
        if (newEmail != null && !newEmail.isBlank()) {
            this.email = newEmail.trim();
        }
        if (newPhone != null && !newPhone.isBlank()) {
            this.phone = newPhone.trim();
        }
        if (newPostalAddress != null && !newPostalAddress.isBlank()) {
            this.postalAddress = newPostalAddress.trim();
        }
    }
}
