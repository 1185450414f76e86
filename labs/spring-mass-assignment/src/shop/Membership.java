package shop;

/** The loyalty programme: a tier and the discount every order gets. Only the shop grants them. */
public class Membership {

    private String tier = "basic";
    private int discountPercent;

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public int getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(int discountPercent) {
        this.discountPercent = discountPercent;
    }
}
