package com.salespact.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in ({@code salespact.sign-in.*}): local passwords on or off, and what a company sign-in (OpenID
 * Connect) does with people SalesPact does not know yet. The provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*} and {@code ...provider.<id>.issuer-uri} (README).
 */
@ConfigurationProperties(prefix = "salespact.sign-in")
public class SignInSettings {

    /** What a first company sign-in of somebody without a person in SalesPact does. */
    public enum NewPeople {
        /** A person is created at once with the mapped role (a rep without a team waits for an admin anyway). */
        CREATE,
        /** A person is created inactive; they see "waiting for approval" and the admins are told. */
        APPROVE,
        /** Refused with a message: an admin creates people (with their e-mail) beforehand. */
        REFUSE
    }

    /** A person's role when no claim value matches: a role, or NONE (then such a person is refused, decision 026). */
    public enum DefaultRole {
        REP, MANAGER, ADMIN, NONE;

        public Optional<Role> role() {
            return this == NONE ? Optional.empty() : Optional.of(Role.valueOf(name()));
        }
    }

    /** Username and password sign-in; false leaves only the company sign-in. */
    private boolean passwords = true;

    private final Oidc oidc = new Oidc();

    public boolean isPasswords() {
        return passwords;
    }

    public void setPasswords(boolean passwords) {
        this.passwords = passwords;
    }

    public Oidc getOidc() {
        return oidc;
    }

    public static class Oidc {

        /** The company's name on the button, "Sign in with <label>"; empty: the registration's client name. */
        private String label = "";

        private NewPeople newPeople = NewPeople.APPROVE;

        /** The claim holding group or role names, e.g. "groups", "roles" or "realm_access.roles" (a dotted path). */
        private String roleClaim = "groups";

        /** Role → claim values that give it, e.g. ADMIN=sales-admins; the highest role found wins. */
        private Map<Role, List<String>> roles = new LinkedHashMap<>();

        private DefaultRole defaultRole = DefaultRole.REP;

        /**
         * Signing out of SalesPact also ends the provider's session (RP-initiated logout through its
         * end_session_endpoint), so a shared device does not sign the next person in without asking.
         */
        private boolean providerLogout = true;

        /** At every company sign-in the role is set again from the claims (never demoting the last active admin). */
        private boolean rolesFollowProvider = false;

        /** The claim naming a new rep's team, e.g. "department" or "groups"; empty: no team from the provider. */
        private String teamClaim = "";

        /** Claim value → SalesPact team name; a claim value equal to a team's name needs no entry. */
        private Map<String, String> teams = new LinkedHashMap<>();

        /** The team of a new rep whose claims name none; empty: such a rep waits for an admin to choose one. */
        private String defaultTeam = "";

        /**
         * E-mail domains a newcomer may come from (e.g. contoso.com); empty: any. Guards providers anyone can have an
         * account at (Google): a newcomer from another domain is refused as unknown.
         */
        private List<String> allowedEmailDomains = List.of();

        /** A new rep's style until an admin changes it. */
        private String repStyle = "HUNTER";

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label == null ? "" : label.strip();
        }

        public NewPeople getNewPeople() {
            return newPeople;
        }

        public void setNewPeople(NewPeople newPeople) {
            this.newPeople = newPeople;
        }

        public String getRoleClaim() {
            return roleClaim;
        }

        public void setRoleClaim(String roleClaim) {
            this.roleClaim = roleClaim == null ? "" : roleClaim.strip();
        }

        public Map<Role, List<String>> getRoles() {
            return roles;
        }

        public void setRoles(Map<Role, List<String>> roles) {
            this.roles = roles;
        }

        public DefaultRole getDefaultRole() {
            return defaultRole;
        }

        public void setDefaultRole(DefaultRole defaultRole) {
            this.defaultRole = defaultRole == null ? DefaultRole.NONE : defaultRole;
        }

        public boolean isProviderLogout() {
            return providerLogout;
        }

        public void setProviderLogout(boolean providerLogout) {
            this.providerLogout = providerLogout;
        }

        public boolean isRolesFollowProvider() {
            return rolesFollowProvider;
        }

        public void setRolesFollowProvider(boolean rolesFollowProvider) {
            this.rolesFollowProvider = rolesFollowProvider;
        }

        public String getTeamClaim() {
            return teamClaim;
        }

        public void setTeamClaim(String teamClaim) {
            this.teamClaim = teamClaim == null ? "" : teamClaim.strip();
        }

        public Map<String, String> getTeams() {
            return teams;
        }

        public void setTeams(Map<String, String> teams) {
            this.teams = teams;
        }

        public String getDefaultTeam() {
            return defaultTeam;
        }

        public void setDefaultTeam(String defaultTeam) {
            this.defaultTeam = defaultTeam == null ? "" : defaultTeam.strip();
        }

        public List<String> getAllowedEmailDomains() {
            return allowedEmailDomains;
        }

        public void setAllowedEmailDomains(List<String> allowedEmailDomains) {
            this.allowedEmailDomains = allowedEmailDomains.stream().map(String::strip).filter(d -> !d.isEmpty())
                    .map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
        }

        public String getRepStyle() {
            return repStyle;
        }

        public void setRepStyle(String repStyle) {
            if (!"HUNTER".equalsIgnoreCase(repStyle) && !"FARMER".equalsIgnoreCase(repStyle)) {
                throw new IllegalArgumentException("salespact.sign-in.oidc.rep-style must be HUNTER or FARMER");
            }
            this.repStyle = repStyle.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
