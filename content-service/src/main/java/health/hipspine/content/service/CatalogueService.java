package health.hipspine.content.service;

import health.hipspine.content.domain.ConditionSource;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.CatalogueQuery;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.repository.ContentRepository;
import health.hipspine.kit.paging.Page;
import health.hipspine.content.repository.ReleaseRepository;
import health.hipspine.kit.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.function.Function;

/** The read side every kind shares: one record, a filtered page, the records a record links to. */
@ApplicationScoped
public class CatalogueService {

    static final String RELEASE_CACHE = "content-release";

    private final ContentRepository records;
    private final ReleaseRepository releases;
    private final ContentMapper mapper;
    private final Cache releaseCache;

    public CatalogueService(ContentRepository records, ReleaseRepository releases, ContentMapper mapper,
                            @CacheName(RELEASE_CACHE) Cache releaseCache) {
        this.records = records;
        this.mapper = mapper;
        this.releases = releases;
        this.releaseCache = releaseCache;
    }

    /** The release of the imported content files (cached until the next import or edit). */
    @CacheResult(cacheName = RELEASE_CACHE)
    @Transactional
    public String release() {
        return releases.current().orElse("unreleased");
    }

    /** One record, retired ones included; 404 when the code is unknown. */
    @Transactional
    public ContentEntity get(ContentKind kind, String code) {
        return records.find(kind, code).orElseThrow(() -> notFound(kind, code));
    }

    @Transactional
    public Page<ContentEntity> list(ContentKind kind, CatalogueQuery query) {
        return records.list(kind, query);
    }

    /** The exercises a condition serves: active ones naming it, minus those it says to avoid. */
    @Transactional
    public Page<ContentEntity> exercisesFor(String conditionCode, CatalogueQuery query) {
        ContentEntity condition = get(ContentKind.CONDITION, conditionCode);
        query.where("conditionCodes", CatalogueQuery.Match.CONTAINS, conditionCode);
        ((ConditionSource) mapper.typed(ContentKind.CONDITION, condition.document)).exercisesToAvoid()
                .forEach(query::exclude);
        return records.list(ContentKind.EXERCISE, query);
    }

    /** The exercises an exercise links to (its progressions or regressions), retired ones included. */
    @Transactional
    public List<ContentEntity> linkedExercises(String code, Function<ExerciseSource, List<String>> links) {
        ExerciseSource exercise = (ExerciseSource) mapper.typed(ContentKind.EXERCISE, get(ContentKind.EXERCISE, code).document);
        return records.findAll(ContentKind.EXERCISE, links.apply(exercise));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        releaseCache.invalidateAll().await().indefinitely();
    }

    public static HttpProblem notFound(ContentKind kind, String code) {
        return Problems.notFound(kind.id + " with code '" + code + "'");
    }
}
