package com.salespact.activities;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly activity floor a rep is held to until their signed pact says otherwise
 * ({@code salespact.mas.*}; defaults from the product brief: 40 calls, 8 meetings, 3 new opportunities, 2 proposals).
 */
@ConfigurationProperties(prefix = "salespact.mas")
public record MinimumStandards(int callsPerWeek, int meetingsPerWeek, int newOpportunitiesPerWeek,
                               int proposalsPerWeek) {

    public MinimumStandards {
        callsPerWeek = callsPerWeek == 0 ? 40 : callsPerWeek;
        meetingsPerWeek = meetingsPerWeek == 0 ? 8 : meetingsPerWeek;
        newOpportunitiesPerWeek = newOpportunitiesPerWeek == 0 ? 3 : newOpportunitiesPerWeek;
        proposalsPerWeek = proposalsPerWeek == 0 ? 2 : proposalsPerWeek;
    }
}
