package com.salespact.reviews;

/**
 * Why sales were up or down in a month or week of the quarter. Each code has the direction it usually explains;
 * the rep may still say otherwise (a territory change can help too).
 */
public enum ReasonCode {
    PIPELINE_TOO_THIN(Direction.DOWN),
    CONVERSION(Direction.DOWN),
    DEAL_SLIPPED(Direction.DOWN),
    ACTIVITY_BELOW_STANDARD(Direction.DOWN),
    PRICING(Direction.DOWN),
    COMPETITION(Direction.DOWN),
    TERRITORY_CHANGE(Direction.DOWN),
    PRODUCT_ISSUE(Direction.DOWN),
    BIG_WIN(Direction.UP),
    NEW_ACCOUNT(Direction.UP),
    UPSELL(Direction.UP),
    DEAL_PULLED_IN(Direction.UP),
    OTHER(Direction.DOWN);

    /** Up or down against the goal. */
    public enum Direction {
        UP, DOWN
    }

    private final Direction usual;

    ReasonCode(Direction usual) {
        this.usual = usual;
    }

    public Direction usualDirection() {
        return usual;
    }
}
