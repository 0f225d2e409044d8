package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Samverkansteam in one municipality. Its code is also the Camunda group of its members. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String municipality;

    /** The group that convenes the team's meetings: the process leaders at first. */
    @Column(name = "convening_group", nullable = false)
    private String conveningGroup;

    protected Team() {
    }

    public Team(String code, String name, String municipality, String conveningGroup) {
        this.code = code;
        this.name = name;
        this.municipality = municipality;
        this.conveningGroup = conveningGroup;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getConveningGroup() {
        return conveningGroup;
    }
}
