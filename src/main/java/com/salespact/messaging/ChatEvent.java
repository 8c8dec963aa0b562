package com.salespact.messaging;

/** What a team's chat connection may be told. Team facts only, as on the wall screen (decision 002, 021). */
public enum ChatEvent {
    /** A deal won: the wall's celebration (rep, deal, amount). */
    DEAL_WON,
    /** A rep's sales pact came into force (who, and the version; never its content). */
    PACT_SIGNED,
    /** Monday morning: the team's quarter to date against target, as on the wall's pace slide. */
    WEEKLY_PACE;

    public String labelKey() {
        return "messaging.chat.event." + name();
    }
}
