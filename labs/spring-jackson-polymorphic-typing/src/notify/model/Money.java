package notify.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in a currency, as order and billing notifications carry it; renders as "12.50 EUR". */
public class Money {

    private BigDecimal amount;
    private String currency;

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    public String toString() {
        return (amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString()) + " " + (currency == null ? "" : currency);
    }
}
