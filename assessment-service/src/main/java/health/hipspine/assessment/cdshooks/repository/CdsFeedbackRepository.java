package health.hipspine.assessment.cdshooks.repository;

import health.hipspine.kit.caller.ClinicScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CdsFeedbackRepository implements PanacheRepositoryBase<CdsFeedbackEntity, UUID> {

    /** The feedback a clinic's clinicians gave on one card. */
    public List<CdsFeedbackEntity> ofCardInClinic(ClinicScope clinic, String cardId) {
        return list("clinicId = ?1 and cardId = ?2", clinic.clinicId(), cardId);
    }
}
