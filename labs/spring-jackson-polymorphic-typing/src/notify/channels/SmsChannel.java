package notify.channels;

import notify.Beans;
import notify.Outbox;

public class SmsChannel implements Channel {

    private String number;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Override
    public Outbox.Delivery deliver(String sender, String subject, String text) {
        if (number == null || !number.matches("\\+?[0-9 ]{6,20}")) {
            throw new IllegalArgumentException("an SMS channel needs a phone number");
        }
        String message = text.length() > 160 ? text.substring(0, 160) : text;   // one SMS, no subject
        return Beans.get(Outbox.class).record(sender, "sms", number, null, message);
    }
}
