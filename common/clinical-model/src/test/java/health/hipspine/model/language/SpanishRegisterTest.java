package health.hipspine.model.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishRegisterTest {

    @Test
    void findsTheTuRegisterAsWholeWords() {
        assertThat(SpanishRegister.tuForms("Tu plan de ejercicios")).containsExactly("tu");
        assertThat(SpanishRegister.tuForms("Si un ejercicio te duele, haz menos y coméntaselo a tu fisioterapeuta."))
                .containsExactly("te", "haz", "coméntaselo", "tu");
        assertThat(SpanishRegister.tuForms("¿Tienes dolor? Puedes parar. Ten cuidado.")).containsExactly("tienes", "puedes", "ten");
        assertThat(SpanishRegister.tuForms("Túmbate boca arriba; para ti es mejor.")).containsExactly("túmbate", "ti");
    }

    @Test
    void leavesTheUstedRegisterAndLongerWordsAlone() {
        // "tu"/"te"/"ti"/"ten" inside other words, accented or not, and usted forms that share a stem.
        assertThat(SpanishRegister.tuForms("Túmbese tumbado en una tumbona; actúa la tuberosidad de la parte tibial."))
                .isEmpty();
        assertThat(SpanishRegister.tuForms("Tenga cuidado, mantenga la postura, póngase de pie y tiene que parar si nota dolor."))
                .isEmpty();
        assertThat(SpanishRegister.tuForms("Estiramiento de la pierna; sigue siendo útil para usted.")).isEmpty();
        assertThat(SpanishRegister.tuForms(null)).isEmpty();
    }
}
