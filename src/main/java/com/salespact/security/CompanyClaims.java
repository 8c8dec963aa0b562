package com.salespact.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provider's claims say about a person, by the configured mapping (SignInSettings.Oidc): their role from a
 * group or role claim, the teams they may belong to, a name and a username wish. No Spring, no database.
 */
final class CompanyClaims {

    /** The order roles win in when a person's claims give several. */
    private static final List<Role> STRONGEST_FIRST = List.of(Role.ADMIN, Role.MANAGER, Role.REP);

    private final Map<String, Object> claims;
    private final SignInSettings.Oidc mapping;

    CompanyClaims(Map<String, Object> claims, SignInSettings.Oidc mapping) {
        this.claims = claims;
        this.mapping = mapping;
    }

    /**
     * The strongest role whose configured values appear in the role claim (case-insensitive), else the default role;
     * empty when nothing matches and the default is NONE. The one rule for a newcomer's role and, when roles follow
     * the provider, for everybody's at each sign-in.
     */
    Optional<Role> role() {
        List<String> values = lowerCase(values(mapping.getRoleClaim()));
        for (Role role : STRONGEST_FIRST) {
            List<String> wanted = mapping.getRoles().getOrDefault(role, List.of());
            if (wanted.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).anyMatch(values::contains)) {
                return Optional.of(role);
            }
        }
        return mapping.getDefaultRole().role();
    }

    /**
     * Team names to try, in order: each team-claim value through the configured map (or as a name itself), then the
     * default team.
     */
    List<String> teamNames() {
        List<String> names = new ArrayList<>();
        if (!mapping.getTeamClaim().isEmpty()) {
            for (String value : values(mapping.getTeamClaim())) {
                String mapped = mapping.getTeams().entrySet().stream()
                        .filter(entry -> entry.getKey().equalsIgnoreCase(value)).map(Map.Entry::getValue)
                        .findFirst().orElse(value);
                names.add(mapped.strip());
            }
        }
        if (!mapping.getDefaultTeam().isEmpty()) {
            names.add(mapping.getDefaultTeam());
        }
        return names;
    }

    /** "name", else given and family name, else the e-mail's local part, else the subject. */
    String fullName() {
        String name = text("name");
        if (name == null) {
            String joined = String.join(" ", Objects.requireNonNullElse(text("given_name"), ""),
                    Objects.requireNonNullElse(text("family_name"), "")).strip();
            name = joined.isEmpty() ? null : joined;
        }
        if (name == null) {
            name = email() != null ? email().substring(0, email().indexOf('@')) : text("sub");
        }
        return name.length() > 160 ? name.substring(0, 160) : name;
    }

    /** A username SalesPact accepts ([a-z0-9._-], 2–60) from the preferred username or the e-mail's local part. */
    String usernameWish() {
        String source = text("preferred_username");
        if (source == null) {
            source = email();
        }
        if (source == null) {
            source = fullName();
        }
        int at = source.indexOf('@');
        String wish = (at > 0 ? source.substring(0, at) : source).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+|[._-]+$", "");
        if (wish.length() < 2) {
            wish = "user" + wish;
        }
        return wish.length() > 50 ? wish.substring(0, 50) : wish;
    }

    /** The e-mail as the provider gives it, or null; longer than a person's e-mail may be: null. */
    String email() {
        String email = text("email");
        return email == null || !email.contains("@") || email.length() > 200 ? null : email;
    }

    /** True when no domains are configured, or the e-mail is at one of them. */
    boolean fromAllowedDomain() {
        List<String> allowed = mapping.getAllowedEmailDomains();
        String email = email();
        return allowed.isEmpty()
                || email != null && allowed.contains(email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
    }

    /** False only when the provider says so: many (Entra ID among them) send no email_verified at all. */
    boolean emailVerified() {
        Object verified = claims.get("email_verified");
        return !(Boolean.FALSE.equals(verified) || "false".equalsIgnoreCase(String.valueOf(verified)));
    }

    private String text(String claim) {
        Object value = claims.get(claim);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A claim's values: a list, a single value, or inside nested objects by a dotted path ("realm_access.roles"). */
    private List<String> values(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        Object value = claims.get(path);
        if (value == null && path.contains(".")) {
            value = claims;
            for (String part : path.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
