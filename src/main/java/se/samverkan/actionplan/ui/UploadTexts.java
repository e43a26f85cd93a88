package se.samverkan.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("attachmentUpload.drop.one"))
                .setMany(c.getTranslation("attachmentUpload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("attachmentUpload.add.one"))
                .setMany(c.getTranslation("attachmentUpload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("attachmentUpload.error.tooMany"))
                .setFileIsTooBig(c.getTranslation("attachmentUpload.error.tooBig"))
                .setIncorrectFileType(c.getTranslation("attachmentUpload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("attachmentUpload.connecting"))
                        .setStalled(c.getTranslation("attachmentUpload.stalled"))
                        .setProcessing(c.getTranslation("attachmentUpload.processing"))
                        .setHeld(c.getTranslation("attachmentUpload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("attachmentUpload.remaining")).setUnknown(c.getTranslation("attachmentUpload.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("attachmentUpload.error.server"))
                        .setUnexpectedServerError(c.getTranslation("attachmentUpload.error.server"))
                        .setForbidden(c.getTranslation("attachmentUpload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setStart(c.getTranslation("attachmentUpload.file.start"))
                .setRetry(c.getTranslation("attachmentUpload.file.retry")).setRemove(c.getTranslation("attachmentUpload.file.remove")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
