package se.samverkan.platform;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FormRecordRepository extends JpaRepository<FormRecord, Long> {

    List<FormRecord> findByProcessInstanceIdOrderById(String processInstanceId);
}
