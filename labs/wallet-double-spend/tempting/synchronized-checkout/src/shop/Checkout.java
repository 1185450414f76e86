package shop;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;

import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * What the shop does with a customer's wallet credit: buying an item (the voucher ships as soon as it is paid) and
 * sending credit to a friend. The wallet service holds the money; the shop asks it.
 */
public class Checkout {

    private final WalletClient wallet;
    private final Vouchers vouchers;

    public Checkout(WalletClient wallet, Vouchers vouchers) {
        this.wallet = wallet;
        this.vouchers = vouchers;
    }

    /** Buys {@code item} for {@code customer}: 201 with the voucher and the balance left, 402 when the wallet does not cover it. */
    public synchronized Answer checkout(String customer, Item item) throws SQLException {
        long balance = wallet.balance(customer);
        if (balance < item.price()) {
            throw new HttpError(402, "insufficient funds");
        }
        OptionalLong left = wallet.debit(customer, item.price(), "checkout: " + item.id());
        if (left.isEmpty()) {
            throw new HttpError(402, "insufficient funds");
        }
        Json voucher = vouchers.issue(customer, item);
        return Answer.json(201, "voucher", voucher, "balance", left.getAsLong());
    }

    /** Sends {@code amount} cents of {@code customer}'s credit to {@code friend}: 201 with the balance left, 402 when the wallet does not cover it. */
    public Answer gift(String customer, String friend, long amount) {
        OptionalLong left = wallet.transfer(customer, friend, amount, "gift from " + customer + " to " + friend);
        if (left.isEmpty()) {
            throw new HttpError(402, "insufficient funds");
        }
        return Answer.json(201, "to", friend, "amount", amount, "balance", left.getAsLong());
    }
}
