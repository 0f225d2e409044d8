package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party's ordinary member (ordinarie ledamot) in a team, and the deputy (ersättare). */
@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_code", nullable = false)
    private String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Party party;

    @Column(name = "member_name", nullable = false)
    private String memberName;

    @Column(name = "member_email", nullable = false)
    private String memberEmail;

    @Column(name = "deputy_name")
    private String deputyName;

    @Column(name = "deputy_email")
    private String deputyEmail;

    protected TeamMember() {
    }

    TeamMember(String teamCode, Party party) {
        this.teamCode = teamCode;
        this.party = party;
    }

    void update(String memberName, String memberEmail, String deputyName, String deputyEmail) {
        this.memberName = memberName;
        this.memberEmail = memberEmail;
        this.deputyName = deputyName;
        this.deputyEmail = deputyEmail;
    }

    public Party getParty() {
        return party;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public String getDeputyName() {
        return deputyName;
    }

    public String getDeputyEmail() {
        return deputyEmail;
    }
}
