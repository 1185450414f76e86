package notify.channels;

import notify.Beans;
import notify.Outbox;

public class EmailChannel implements Channel {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    @Override
    public Outbox.Delivery deliver(String sender, String subject, String text) {
        if (address == null || !address.contains("@")) {
            throw new IllegalArgumentException("an e-mail channel needs an address");
        }
        return Beans.get(Outbox.class).record(sender, "email", address, subject, text);
    }
}
