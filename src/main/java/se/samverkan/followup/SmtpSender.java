package se.samverkan.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands mails to the SMTP server, several over one connection. Each mail keeps the Message-ID of its outbox row
 * (JavaMail would otherwise make a new one at every attempt), so a mail sent twice after a crash is recognisably the
 * same mail.
 */
@Component
class SmtpSender {

    private final JavaMailSender sender;
    private final String from;

    SmtpSender(JavaMailSender sender, @Value("${samverkan.mail.from:Samverkan <samverkan@localhost>}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends the mails; returns the error of each mail that failed (none: all were accepted). */
    Map<Long, String> send(List<MailToSend> mails) {
        Map<Long, String> failed = new LinkedHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        Map<MimeMessage, Long> ids = new LinkedHashMap<>();
        for (MailToSend mail : mails) {
            try {
                MimeMessage message = message(mail);
                messages.add(message);
                ids.put(message, mail.id());
            } catch (MessagingException | RuntimeException e) {
                failed.put(mail.id(), describe(e));
            }
        }
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                ids.values().forEach(id -> failed.put(id, describe(e)));
            }
            e.getFailedMessages().forEach((message, error) -> {
                Long id = ids.get(message);
                if (id != null) {
                    failed.put(id, describe(error));
                }
            });
        } catch (MailException e) {
            ids.values().forEach(id -> failed.put(id, describe(e)));
        }
        return failed;
    }

    private MimeMessage message(MailToSend mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session(), mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }

    private Session session() {
        if (sender instanceof JavaMailSenderImpl impl) {
            return impl.getSession();
        }
        return sender.createMimeMessage().getSession();
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e ? message : message + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + ")";
    }

    /** A message whose Message-ID is fixed by its outbox row. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
