package health.hipspine.model.catalogue;

public enum ValueType {
    BOOLEAN, NUMBER
}
