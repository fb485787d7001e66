<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AcceptFindingDialog</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="38" />
      <source>&amp;Reason:</source>
      <translation>&amp;Motivo:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="23" />
      <source>Accept a finding</source>
      <translation>Aceptar un hallazgo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="42" />
      <source>Accepted &amp;by:</source>
      <translation>Aceptado &amp;por:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="31" />
      <source>Accepted by</source>
      <translation>Aceptado por</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="27" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/accept_finding.py" line="28" />
      <source>Why is this safe for this patient? e.g. cleared by the surgeon on 3 March</source>
      <translation>¿Por qué es seguro para este paciente? p. ej. autorizado por el cirujano el 3 de marzo</translation>
    </message>
  </context>
  <context>
    <name>CarryForwardDialog</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="39" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="38" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="26" />
      <source>Carry exercises forward</source>
      <translation>Pasar los ejercicios a la etapa siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="56" />
      <source>Carry forward</source>
      <translation>Pasar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="28" />
      <source>Copy the exercises of %1 into %2 that it does not have yet, each with last stage's whole dose plus:</source>
      <translation>Copiar a %2 los ejercicios de %1 que aún no tiene, cada uno con toda la dosis de la etapa anterior más:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="38" />
      <source>Longer hold</source>
      <translation>Sostener más tiempo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="39" />
      <source>More minutes</source>
      <translation>Más minutos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="36" />
      <source>More reps</source>
      <translation>Más repeticiones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="37" />
      <source>More sets</source>
      <translation>Más series</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="52" />
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="53" />
      <source>New weight or band</source>
      <translation>Nuevo peso o liga</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/carry_forward.py" line="49" />
      <source>e.g. red band, 2 lb (leave empty to keep)</source>
      <translation>p. ej. liga roja, 2 lb (vacío para no cambiarlo)</translation>
    </message>
  </context>
  <context>
    <name>ClinicTemplatesDialog</name>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="125" />
      <source>%1, %2 phases</source>
      <translation>%1, %2 fases</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="69" />
      <source>&amp;Delete…</source>
      <translation>&amp;Eliminar…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="68" />
      <source>&amp;Rename…</source>
      <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="52" />
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="60" />
      <source>Clinic templates</source>
      <translation>Plantillas de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="229" />
      <source>Could not delete the template</source>
      <translation>No se pudo eliminar la plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="198" />
      <source>Could not rename the template</source>
      <translation>No se pudo cambiar el nombre de la plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="206" />
      <source>Delete template</source>
      <translation>Eliminar plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="207" />
      <source>Delete the clinic template %1?</source>
      <translation>¿Eliminar la plantilla de la clínica %1?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="57" />
      <source>Loading the clinic's templates…</source>
      <translation>Cargando las plantillas de la clínica…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="208" />
      <source>Plans already made from it keep their exercises. New plans cannot start from it any more. This cannot be undone.</source>
      <translation>Los planes ya hechos con ella conservan sus ejercicios. Los planes nuevos ya no podrán partir de ella. No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="64" />
      <source>Templates that come with Rehab Planner are not listed: they cannot be renamed or deleted. Plans made from a template keep their exercises when it is deleted.</source>
      <translation>Las plantillas que trae Rehab Planner no aparecen: no se pueden renombrar ni eliminar. Los planes hechos con una plantilla conservan sus ejercicios si se elimina.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="130" />
      <source>The clinic has no templates of its own yet. Open a plan and use Patients &gt; Save plan as template to make one.</source>
      <translation>La clínica aún no tiene plantillas propias. Abra un plan y use Pacientes &gt; Guardar el plan como plantilla para crear una.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/clinic_templates.py" line="129" />
      <source>The clinic's own templates:</source>
      <translation>Plantillas propias de la clínica:</translation>
    </message>
  </context>
  <context>
    <name>ClinicianKind</name>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="117" />
      <source>Cryotherapy and compression</source>
      <translation>Crioterapia y compresión</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="118" />
      <source>Gait training</source>
      <translation>Entrenamiento de la marcha</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="115" />
      <source>Joint mobilisation</source>
      <translation>Movilización articular</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="119" />
      <source>Neuromuscular re-education</source>
      <translation>Reeducación neuromuscular</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="121" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="116" />
      <source>Scar mobilisation</source>
      <translation>Movilización de la cicatriz</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="120" />
      <source>Work hardening</source>
      <translation>Acondicionamiento para el trabajo</translation>
    </message>
  </context>
  <context>
    <name>ClinicianModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="186" />
      <source>Care</source>
      <translation>Tratamiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="213" />
      <source>Every phase</source>
      <translation>Todas las fases</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="186" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="186" />
      <source>What, how and how often</source>
      <translation>Qué, cómo y con qué frecuencia</translation>
    </message>
  </context>
  <context>
    <name>CoursePanel</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="355" />
      <source> (held: exit criteria not all met)</source>
      <translation> (en espera: faltan criterios de salida)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="354" />
      <source> (moved on by you)</source>
      <translation> (usted la hizo avanzar)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="344" />
      <source>%1 (met %2%3)</source>
      <translation>%1 (cumplido el %2%3)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="132" />
      <source>Add &amp;milestone</source>
      <translation>Agregar &amp;hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="194" />
      <source>Add c&amp;are</source>
      <translation>Agregar &amp;tratamiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="183" />
      <source>Clinician care</source>
      <translation>Tratamiento en la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="181" />
      <source>Clinician care (never printed on the handout)</source>
      <translation>Tratamiento en la clínica (nunca se imprime en el folleto)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="191" />
      <source>Clinician care to add</source>
      <translation>Tratamiento para agregar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="156" />
      <source>Ends at its last week</source>
      <translation>Termina en su última semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="158" />
      <source>Ends at its week or criteria, whichever is later</source>
      <translation>Termina en su semana o al cumplir sus criterios, lo que sea más tarde</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="157" />
      <source>Ends when its criteria are met</source>
      <translation>Termina al cumplir sus criterios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="164" />
      <source>Every exit criterion is met: this week's handout prints the next phase</source>
      <translation>Se cumplen todos los criterios de salida: el folleto de esta semana imprime la fase siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="214" />
      <source>Every phase</source>
      <translation>Todas las fases</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="151" />
      <source>Exit criteria and moving on</source>
      <translation>Criterios de salida y avance</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="155" />
      <source>How the phase ends</source>
      <translation>Cómo termina la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="129" />
      <source>Milestone to add</source>
      <translation>Hito para agregar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="123" />
      <source>Milestones</source>
      <translation>Hitos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="121" />
      <source>Milestones on the recovery timeline</source>
      <translation>Hitos en la línea de tiempo de la recuperación</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="163" />
      <source>Move to &amp;next phase</source>
      <translation>Pasar a la fase &amp;siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="319" />
      <source>Nothing yet.</source>
      <translation>Nada todavía.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="317" />
      <source>On the handout (with the weight-bearing, brace and sling orders and the driving and work settings):</source>
      <translation>En el folleto (con las órdenes de apoyo, soporte y cabestrillo, y las opciones de manejar y trabajo):</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="153" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="140" />
      <source>Recovery timeline as printed</source>
      <translation>Línea de tiempo de la recuperación, tal como se imprime</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="195" />
      <source>Remove care</source>
      <translation>Quitar tratamiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="133" />
      <source>Remove milestone</source>
      <translation>Quitar hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="356" />
      <source>This week's handout: stage %1 of %2, %3%4</source>
      <translation>Folleto de esta semana: etapa %1 de %2, %3%4</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="242" />
      <source>Write your words to the patient.</source>
      <translation>Escriba sus palabras para el paciente.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="205" />
      <source>own words</source>
      <translation>palabras propias</translation>
    </message>
  </context>
  <context>
    <name>CustomExerciseDialog</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="144" />
      <source>&amp;Browse…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="111" />
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="188" />
      <source>&amp;Cautions:</source>
      <translation>&amp;Precauciones:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="153" />
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="109" />
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="186" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="155" />
      <source>&amp;Position:</source>
      <translation>&amp;Posición:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="154" />
      <source>&amp;Region:</source>
      <translation>&amp;Región:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="110" />
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="187" />
      <source>&amp;Steps:</source>
      <translation>Pa&amp;sos:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="157" />
      <source>&amp;Tags:</source>
      <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="108" />
      <source>Cautions</source>
      <translation>Precauciones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="183" />
      <source>Cautions (%1)</source>
      <translation>Precauciones (%1)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="156" />
      <source>Dosage:</source>
      <translation>Dosis:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="92" />
      <source>Edit exercise</source>
      <translation>Editar ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="114" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="104" />
      <source>Exercise name</source>
      <translation>Nombre del ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="181" />
      <source>Exercise name (%1)</source>
      <translation>Nombre del ejercicio (%1)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="126" />
      <source>Hold (s)</source>
      <translation>Sostener (s)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="120" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="133" />
      <source>Movements (tags)</source>
      <translation>Movimientos (etiquetas)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="92" />
      <source>New exercise</source>
      <translation>Ejercicio nuevo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="107" />
      <source>One caution a line, e.g. Stop if it hurts.</source>
      <translation>Una precaución por línea, en inglés, p. ej. Stop if it hurts.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="105" />
      <source>One step a line, in plain words for the patient</source>
      <translation>Un paso por línea, en palabras sencillas para el paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="158" />
      <source>P&amp;hoto:</source>
      <translation>&amp;Foto:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="201" />
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="143" />
      <source>Photo file</source>
      <translation>Archivo de la foto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="202" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="122" />
      <source>Position</source>
      <translation>Posición</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="177" />
      <source>Printed in handouts in this language. Write one line for each English line; what is left out prints in English, marked [EN].</source>
      <translation>Se imprime en los folletos en este idioma. Escriba una línea por cada línea en inglés; lo que falte se imprime en inglés, marcado [EN].</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="121" />
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="125" />
      <source>Reps</source>
      <translation>Repeticiones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="124" />
      <source>Sets</source>
      <translation>Series</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="106" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="182" />
      <source>Steps (%1)</source>
      <translation>Pasos (%1)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="113" />
      <source>Texts the patient reads</source>
      <translation>Textos que lee el paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="259" />
      <source>The %1 tab has %2 cautions and the English tab %3: write one line for each English caution.</source>
      <translation>La pestaña %1 tiene %2 precauciones y la pestaña Inglés %3: escriba una línea por cada precaución en inglés.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="257" />
      <source>The %1 tab has %2 steps and the English tab %3: write one line for each English step.</source>
      <translation>La pestaña %1 tiene %2 pasos y la pestaña Inglés %3: escriba una línea por cada paso en inglés.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="185" />
      <source>The same cautions, one a line</source>
      <translation>Las mismas precauciones, una por línea</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="184" />
      <source>The same steps, one a line, in the same order</source>
      <translation>Los mismos pasos, uno por línea, en el mismo orden</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="134" />
      <source>Tick the movements the exercise makes; the safety checks read them</source>
      <translation>Marque los movimientos que hace el ejercicio; las revisiones de seguridad los usan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/custom_exercise.py" line="127" />
      <source>Times a day</source>
      <translation>Veces al día</translation>
    </message>
  </context>
  <context>
    <name>DatabaseController</name>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="173" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="177" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="208" />
      <source>Could not open the plan</source>
      <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="305" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="325" />
      <source>Could not save the template</source>
      <translation>No se pudo guardar la plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="244" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="270" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="277" />
      <source>Could not save to the patient database</source>
      <translation>No se pudo guardar en la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="347" />
      <source>Open a plan from the patient list to see its history.</source>
      <translation>Abra un plan de la lista de pacientes para ver su historial.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="220" />
      <source>Open the newest version?</source>
      <translation>¿Abrir la versión más nueva?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="203" />
      <source>Opened %1, revision %2</source>
      <translation>Abierto: %1, versión %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="113" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="131" />
      <source>Opening the patient database…</source>
      <translation>Abriendo la base de datos de pacientes…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="141" />
      <source>Patient database: %1</source>
      <translation>Base de datos de pacientes: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="309" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="319" />
      <source>Save plan as template</source>
      <translation>Guardar el plan como plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="253" />
      <source>Save to the patient database</source>
      <translation>Guardar en la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="284" />
      <source>Saved revision %1 to the patient database</source>
      <translation>Versión %1 guardada en la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="327" />
      <source>Saved the clinic template %1; New plan offers it</source>
      <translation>Plantilla de la clínica %1 guardada; Plan nuevo ya la ofrece</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="310" />
      <source>Template name (the patient's details are not saved):</source>
      <translation>Nombre de la plantilla (no se guardan los datos del paciente):</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="320" />
      <source>The clinic already has a template called %1. Replace it?</source>
      <translation>La clínica ya tiene una plantilla llamada %1. ¿Reemplazarla?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="256" />
      <source>The earlier revisions are kept.</source>
      <translation>Las versiones anteriores se conservan.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="145" />
      <source>The patient database could not be opened: %1</source>
      <translation>No se pudo abrir la base de datos de pacientes: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="254" />
      <source>This plan is already in the patient database (revision %1). Save this copy as the newest revision?</source>
      <translation>Este plan ya está en la base de datos de pacientes (versión %1). ¿Guardar esta copia como la versión más nueva?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="271" />
      <source>Your changes are still open. To keep them, restore the plan (tick Show archived in the patient list) and save again, or save them as a file.</source>
      <translation>Sus cambios siguen abiertos. Para conservarlos, restaure el plan (marque Mostrar archivados en la lista de pacientes) y guarde de nuevo, o guárdelos como archivo.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="221" />
      <source>Your unsaved changes to this plan will be lost.</source>
      <translation>Se perderán los cambios sin guardar de este plan.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/controller.py" line="350" />
      <source>the plan</source>
      <translation>el plan</translation>
    </message>
  </context>
  <context>
    <name>DosageEditor</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="419" />
      <source>%1 (%2) is below %3 (%4)</source>
      <translation>%1 (%2) es menor que %3 (%4)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="439" />
      <source>%1 (%2) is below the start (%3)</source>
      <translation>%1 (%2) es menor que el inicio (%3)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="193" />
      <source>%1 (– for none)</source>
      <translation>%1 (– para ninguno)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="427" />
      <source>%1 goes in steps of %2 %3, up to %4 %3</source>
      <translation>%1 va en pasos de %2 %3, hasta %4 %3</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="416" />
      <source>%1 needs %2 first (the bottom of the range)</source>
      <translation>%1 necesita primero %2 (el mínimo del rango)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="218" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="48" />
      <source>A day</source>
      <translation>Al día</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="118" />
      <source>A short note for the patient</source>
      <translation>Una nota corta para el paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="50" />
      <source>A week</source>
      <translation>Por semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="169" />
      <source>As needed</source>
      <translation>Según necesite</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="177" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="236" />
      <source>As tolerated</source>
      <translation>Según tolere</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="244" />
      <source>Build up to:</source>
      <translation>Aumentar hasta:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="51" />
      <source>Days a week</source>
      <translation>Días por semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="159" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="234" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="245" />
      <source>Distance</source>
      <translation>Distancia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="160" />
      <source>Distance each time (– for none); kilometers and miles in quarters</source>
      <translation>Distancia cada vez (– para ninguna); kilómetros y millas en cuartos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="184" />
      <source>Distance to build up to</source>
      <translation>Distancia a alcanzar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="165" />
      <source>Distance unit</source>
      <translation>Unidad de distancia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="100" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="319" />
      <source>Dosage</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="319" />
      <source>Dosage: %1</source>
      <translation>Dosis: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="235" />
      <source>Effort</source>
      <translation>Esfuerzo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="166" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="410" />
      <source>Effort (0 to 10)</source>
      <translation>Esfuerzo (0 a 10)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="167" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="410" />
      <source>Effort, at most</source>
      <translation>Esfuerzo, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="140" />
      <source>Go back to the exercise's default dosage</source>
      <translation>Volver a la dosis por defecto del ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="44" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="59" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="69" />
      <source>Hold</source>
      <translation>Sostener</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="45" />
      <source>Hold (seconds)</source>
      <translation>Sostener (segundos)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="70" />
      <source>Hold (seconds) to build up to</source>
      <translation>Sostener (segundos) a alcanzar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="60" />
      <source>Hold (seconds), at most</source>
      <translation>Sostener (segundos), como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="168" />
      <source>How hard it should feel, 0 to 10 (– for none)</source>
      <translation>Qué tan difícil debe sentirse, de 0 a 10 (– para ninguno)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="170" />
      <source>How often is up to the patient: 'as often as you need'</source>
      <translation>La frecuencia la decide el paciente: 'las veces que necesite'</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="115" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="217" />
      <source>Load</source>
      <translation>Carga</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="46" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="61" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="71" />
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="47" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="72" />
      <source>Minutes to build up to</source>
      <translation>Minutos a alcanzar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="62" />
      <source>Minutes, at most</source>
      <translation>Minutos, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="141" />
      <source>More</source>
      <translation>Más</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="119" />
      <source>Note to the patient</source>
      <translation>Nota para el paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="143" />
      <source>Ranges, distance, effort, as needed, as tolerated and what to build up to</source>
      <translation>Rangos, distancia, esfuerzo, según necesite, según tolere y hasta dónde aumentar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="43" />
      <source>Repetitions</source>
      <translation>Repeticiones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="68" />
      <source>Repetitions to build up to</source>
      <translation>Repeticiones a alcanzar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="58" />
      <source>Repetitions, at most</source>
      <translation>Repeticiones, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="42" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="57" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="67" />
      <source>Reps</source>
      <translation>Rep.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="40" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="41" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="55" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="65" />
      <source>Sets</source>
      <translation>Series</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="66" />
      <source>Sets to build up to</source>
      <translation>Series a alcanzar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="56" />
      <source>Sets, at most</source>
      <translation>Series, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="112" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="217" />
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="125" />
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="128" />
      <source>Stands on</source>
      <translation>Se apoya en</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="227" />
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="135" />
      <source>Starts in week</source>
      <translation>Empieza en la semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="178" />
      <source>The patient judges this by feel ('as far as feels OK'); a number given is the most</source>
      <translation>El paciente lo decide según cómo se sienta ('hasta donde se sienta bien'); un número dado es el máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="136" />
      <source>The week after surgery the patient starts this exercise, when later than its stage: the handout prints the date and the log has no boxes before it</source>
      <translation>La semana después de la cirugía en que el paciente empieza este ejercicio, si es más tarde que su etapa: la hoja imprime la fecha y el registro no tiene casillas antes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="49" />
      <source>Times a day</source>
      <translation>Veces al día</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="231" />
      <source>Up to:</source>
      <translation>Hasta:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="139" />
      <source>Use default</source>
      <translation>Usar la de defecto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="444" />
      <source>What to build up to asks for no more than the start</source>
      <translation>La meta no pide más que el inicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="126" />
      <source>Which leg bears the weight; on the other leg, weight-bearing orders do not forbid it</source>
      <translation>La pierna que carga el peso; sobre la otra pierna, las órdenes de apoyo no lo prohíben</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="114" />
      <source>e.g. red band</source>
      <translation>p. ej. liga roja</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="173" />
      <source>how far</source>
      <translation>qué distancia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="174" />
      <source>how long</source>
      <translation>cuánto tiempo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="175" />
      <source>how many</source>
      <translation>cuántas veces</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="122" />
      <source>not said</source>
      <translation>sin indicar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="172" />
      <source>not used</source>
      <translation>no se usa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="123" />
      <source>the leg that had surgery</source>
      <translation>la pierna operada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="124" />
      <source>the other leg</source>
      <translation>la otra pierna</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="235" />
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="134" />
      <source>week </source>
      <translation>semana </translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/dosage_editor.py" line="133" />
      <source>with stage</source>
      <translation>con la etapa</translation>
    </message>
  </context>
  <context>
    <name>ExerciseDetails</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="56" />
      <source>&lt;i&gt;Choose an exercise to see its details.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Elija un ejercicio para ver sus detalles.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="64" />
      <source>Custom exercise</source>
      <translation>Ejercicio propio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="79" />
      <source>Default dosage</source>
      <translation>Dosis por defecto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="63" />
      <source>Equipment: %1</source>
      <translation>Equipo: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="40" />
      <source>Exercise details</source>
      <translation>Detalles del ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="34" />
      <source>Exercise picture</source>
      <translation>Imagen del ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="86" />
      <source>Safety notes</source>
      <translation>Notas de seguridad</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="79" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="89" />
      <source>Video</source>
      <translation>Video</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="61" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_details.py" line="65" />
      <source>printed only for: %1</source>
      <translation>se imprime solo para: %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseTree</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_tree.py" line="258" />
      <source>Drag to reorder; Delete removes; F2 edits the side or note</source>
      <translation>Arrastre para ordenar; Supr quita; F2 cambia el lado o la nota</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_tree.py" line="257" />
      <source>Exercises of the phase</source>
      <translation>Ejercicios de la fase</translation>
    </message>
  </context>
  <context>
    <name>FileController</name>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="233" />
      <source>Check the Findings panel first; you can accept a finding with a reason.</source>
      <translation>Revise antes el panel de hallazgos; puede aceptar un hallazgo con un motivo.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="294" />
      <source>Clinician summary saved to %1</source>
      <translation>Resumen clínico guardado en %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="246" />
      <source>Could not make the handout</source>
      <translation>No se pudo crear el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="173" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="177" />
      <location filename="../rehab_planner/gui/patients/controller.py" line="208" />
      <source>Could not open the plan</source>
      <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="321" />
      <source>Could not print</source>
      <translation>No se pudo imprimir</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="269" />
      <source>Could not save the PDF</source>
      <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="210" />
      <source>Could not save the plan</source>
      <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="292" />
      <source>Could not save the summary</source>
      <translation>No se pudo guardar el resumen</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="151" />
      <source>Could not start the plan</source>
      <translation>No se pudo empezar el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="257" />
      <source>Export handout</source>
      <translation>Exportar folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="271" />
      <source>Handout saved to %1</source>
      <translation>Folleto guardado en %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="367" />
      <source>If you choose No, the autosaved copy is deleted.</source>
      <translation>Si elige No, se borra la copia guardada automáticamente.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="424" />
      <source>It came from the patient database %1, but Rehab Planner now uses %2.</source>
      <translation>Venía de la base de datos de pacientes %1, pero Rehab Planner ahora usa %2.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="462" />
      <source>It was not found in the patient database %1.</source>
      <translation>No se encontró en la base de datos de pacientes %1.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="184" />
      <source>Not saved yet</source>
      <translation>Aún no guardado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="471" />
      <source>Nothing is lost: your plan is open, but Save will not add a revision to the database. Use Save As to keep it as a file.</source>
      <translation>No se perdió nada: su plan está abierto, pero Guardar no agregará una versión a la base de datos. Use Guardar como para conservarlo como archivo.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="161" />
      <source>Open plan</source>
      <translation>Abrir plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="176" />
      <source>Opened %1</source>
      <translation>Abierto: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="47" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="365" />
      <source>Rehab Planner did not close properly. Restore the plan for %1, autosaved at %2?</source>
      <translation>Rehab Planner no se cerró bien. ¿Restaurar el plan de %1, guardado automáticamente a las %2?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="46" />
      <source>Rehab plans (*.json)</source>
      <translation>Planes de rehabilitación (*.json)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="364" />
      <source>Restore unsaved work?</source>
      <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="375" />
      <location filename="../rehab_planner/gui/patients/archive.py" line="66" />
      <source>Restored the plan for %1</source>
      <translation>Plan de %1 restaurado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="231" />
      <source>Safety findings</source>
      <translation>Hallazgos de seguridad</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="282" />
      <source>Save clinician summary</source>
      <translation>Guardar resumen clínico</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="199" />
      <source>Save plan</source>
      <translation>Guardar plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="214" />
      <source>Saved %1</source>
      <translation>Guardado: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="337" />
      <source>Sent the handout to the printer</source>
      <translation>Folleto enviado a la impresora</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="185" />
      <source>The patient database is still opening. Try Save again in a moment.</source>
      <translation>La base de datos de pacientes aún se está abriendo. Intente Guardar de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="419" />
      <source>The patient database it came from (%1) could not be opened.</source>
      <translation>No se pudo abrir la base de datos de pacientes de la que venía (%1).</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="321" />
      <source>The printer could not be started.</source>
      <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="453" />
      <source>The restored plan is linked to the patient database again. Save adds a new revision.</source>
      <translation>El plan restaurado está otra vez vinculado a la base de datos de pacientes. Guardar agrega una versión nueva.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="470" />
      <source>The restored plan is not linked to the patient database</source>
      <translation>El plan restaurado no está vinculado a la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="232" />
      <source>This plan has safety conflicts nobody has accepted. Print it anyway?</source>
      <translation>Este plan tiene conflictos de seguridad que nadie aceptó. ¿Imprimirlo de todos modos?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="411" />
      <source>This window has no patient database.</source>
      <translation>Esta ventana no tiene base de datos de pacientes.</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="176" />
      <source>%1 (accepted: %2)</source>
      <translation>%1 (aceptado: %2)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="173" />
      <source>Accepted</source>
      <translation>Aceptado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="160" />
      <source>Finding</source>
      <translation>Hallazgo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="160" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="160" />
      <source>Severity</source>
      <translation>Gravedad</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/findings_model.py" line="179" />
      <source>Whole plan</source>
      <translation>Todo el plan</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="154" />
      <source>%1 conflict</source>
      <translation>%1 conflicto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="154" />
      <source>%1 conflicts</source>
      <translation>%1 conflictos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="156" />
      <source>%1 finding in all</source>
      <translation>%1 hallazgo en total</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="156" />
      <source>%1 findings in all</source>
      <translation>%1 hallazgos en total</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="155" />
      <source>%1 warning</source>
      <translation>%1 advertencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="155" />
      <source>%1 warnings</source>
      <translation>%1 advertencias</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="55" />
      <source>&amp;Accept with a reason…</source>
      <translation>&amp;Aceptar con un motivo…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="146" />
      <source>Could not check the plan: %1</source>
      <translation>No se pudo revisar el plan: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="54" />
      <source>Findings summary</source>
      <translation>Resumen de hallazgos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="56" />
      <source>Keep the exercise and record why it is safe</source>
      <translation>Dejar el ejercicio y anotar por qué es seguro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="151" />
      <source>No safety findings.</source>
      <translation>No hay hallazgos de seguridad.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="140" />
      <source>Open or start a plan to check it.</source>
      <translation>Abra o empiece un plan para revisarlo.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/findings_panel.py" line="69" />
      <source>Safety findings</source>
      <translation>Hallazgos de seguridad</translation>
    </message>
  </context>
  <context>
    <name>HandoutPreview</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="205" />
      <source>%1 pages</source>
      <translation>%1 páginas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="58" />
      <source>&amp;Large print</source>
      <translation>&amp;Letra grande</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="205" />
      <source>1 page</source>
      <translation>1 página</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="62" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="59" />
      <source>Bigger letters for patients who read with difficulty</source>
      <translation>Letras más grandes para pacientes que leen con dificultad</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="56" />
      <source>Handout preview</source>
      <translation>Vista previa del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="61" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="148" />
      <source>Open or create a plan to see its handout.</source>
      <translation>Abra o cree un plan para ver su folleto.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="63" />
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="64" />
      <source>Page size</source>
      <translation>Tamaño de página</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="72" />
      <source>Preview status</source>
      <translation>Estado de la vista previa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="69" />
      <source>Print the stage the patient is in today, the whole program, or one stage</source>
      <translation>Imprimir la etapa en la que está hoy el paciente, todo el programa o una etapa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="108" />
      <source>Stage %1: %2</source>
      <translation>Etapa %1: %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="68" />
      <source>Stages in the handout</source>
      <translation>Etapas en el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="66" />
      <source>This week's stage</source>
      <translation>La etapa de esta semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="154" />
      <source>Updating the handout…</source>
      <translation>Actualizando el folleto…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_preview.py" line="67" />
      <source>Whole program</source>
      <translation>Todo el programa</translation>
    </message>
  </context>
  <context>
    <name>HandoutSettings</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="47" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="51" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="61" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="53" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="55" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="57" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="59" />
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="268" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="162" />
      <source>ACL graft</source>
      <translation>Injerto de LCA</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="223" />
      <source>ACL graft:</source>
      <translation>Injerto de LCA:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="163" />
      <source>ACL reconstruction: where the new ligament came from. The handout prints the notes for this graft only.</source>
      <translation>Reconstrucción del LCA: de dónde viene el ligamento nuevo. El folleto imprime solo las notas de este injerto.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="58" />
      <source>Back to work at</source>
      <translation>Vuelta al trabajo a las</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="157" />
      <source>Call about a fever from</source>
      <translation>Llamar por fiebre desde</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="219" />
      <source>Call about a fever from:</source>
      <translation>Llamar por fiebre desde:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="72" />
      <source>Donor (allograft)</source>
      <translation>Donante (aloinjerto)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="167" />
      <source>Emergency number</source>
      <translation>Número de emergencias</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="222" />
      <source>Emergency number:</source>
      <translation>Número de emergencias:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="60" />
      <source>Exercise time a day, at most</source>
      <translation>Tiempo de ejercicio al día, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="62" />
      <source>Exercises a phase, at most</source>
      <translation>Ejercicios por fase, como máximo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="70" />
      <source>Hamstring</source>
      <translation>Isquiotibiales</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="229" />
      <source>Lifestyle topics</source>
      <translation>Temas de la vida diaria</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="169" />
      <source>Lifestyle topics in the handout</source>
      <translation>Temas de la vida diaria en el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="183" />
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="181" />
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="56" />
      <source>No NSAIDs for</source>
      <translation>Sin AINE durante</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="52" />
      <source>No driving for</source>
      <translation>Sin manejar durante</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="49" />
      <source>No end</source>
      <translation>Sin fin</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="47" />
      <source>Not ordered</source>
      <translation>Sin indicación</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="55" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="57" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="59" />
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="68" />
      <source>Not set</source>
      <translation>Sin definir</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="174" />
      <source>Order of the topics in the handout</source>
      <translation>Orden de los temas en el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="69" />
      <source>Patellar tendon</source>
      <translation>Tendón rotuliano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="182" />
      <source>Print the chosen topic one place earlier</source>
      <translation>Imprimir el tema elegido un lugar antes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="184" />
      <source>Print the chosen topic one place later</source>
      <translation>Imprimir el tema elegido un lugar después</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="179" />
      <source>Printed &amp;order:</source>
      <translation>&amp;Orden de impresión:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="71" />
      <source>Quadriceps tendon</source>
      <translation>Tendón cuadricipital</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="46" />
      <source>Sit no longer than</source>
      <translation>Sentado no más de</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="48" />
      <source>Sitting limit until week</source>
      <translation>Límite para estar sentado hasta la semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="53" />
      <source>Surgeon decides</source>
      <translation>Lo decide el cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="175" />
      <source>The handout prints the ticked topics in this order. Drag a topic, or use Move up and Move down (Alt+Up, Alt+Down)</source>
      <translation>El folleto imprime los temas marcados en este orden. Arrastre un tema, o use Subir y Bajar (Alt+Arriba, Alt+Abajo)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="158" />
      <source>The patient wears a brace</source>
      <translation>El paciente usa un soporte (faja o rodillera)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="170" />
      <source>Tick the topics the handout explains</source>
      <translation>Marque los temas que explica el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="231" />
      <source>Tick the topics to print:</source>
      <translation>Marque los temas que se imprimen:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="205" />
      <source>Values in the handout</source>
      <translation>Valores en el folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="50" />
      <source>Walking goal</source>
      <translation>Meta de caminata</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/handout_settings.py" line="54" />
      <source>Wear the brace for</source>
      <translation>Usar el soporte durante</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="116" />
      <source>%1 by %2 on %3</source>
      <translation>%1 por %2 el %3</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="120" />
      <source>Also: %1</source>
      <translation>También: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="165" />
      <source>Choose one revision, or two to compare.</source>
      <translation>Elija una versión, o dos para compararlas.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="77" />
      <source>Choose two revisions (Ctrl+click) to see what changed between them.</source>
      <translation>Elija dos versiones (Ctrl+clic) para ver qué cambió entre ellas.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="160" />
      <source>Comparing…</source>
      <translation>Comparando…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="45" />
      <source>History of %1</source>
      <translation>Historial de %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="59" />
      <source>Loading the history…</source>
      <translation>Cargando el historial…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="176" />
      <source>No changes a patient would notice.</source>
      <translation>Ningún cambio que el paciente notaría.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="75" />
      <source>Other events</source>
      <translation>Otros eventos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="51" />
      <source>Revision</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="152" />
      <source>Revision 1 is the first saved version.</source>
      <translation>La versión 1 es la primera guardada.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="51" />
      <source>Saved by</source>
      <translation>Guardado por</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="55" />
      <source>Saved revisions</source>
      <translation>Versiones guardadas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="52" />
      <location filename="../rehab_planner/gui/patients/history.py" line="63" />
      <source>What changed</source>
      <translation>Qué cambió</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="169" />
      <source>What changed from revision %1 to revision %2:</source>
      <translation>Qué cambió de la versión %1 a la versión %2:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="154" />
      <source>What revision %1 changed from revision %2:</source>
      <translation>Qué cambió la versión %1 respecto a la versión %2:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/history.py" line="51" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
  </context>
  <context>
    <name>JointMotion</name>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="183" />
      <source>ankle dorsiflexion</source>
      <translation>dorsiflexión de tobillo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="184" />
      <source>ankle plantarflexion</source>
      <translation>flexión plantar de tobillo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="174" />
      <source>elbow extension</source>
      <translation>extensión de codo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="173" />
      <source>elbow flexion</source>
      <translation>flexión de codo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="177" />
      <source>hip abduction</source>
      <translation>abducción de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="178" />
      <source>hip adduction</source>
      <translation>aducción de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="176" />
      <source>hip extension</source>
      <translation>extensión de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="179" />
      <source>hip external rotation</source>
      <translation>rotación externa de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="175" />
      <source>hip flexion</source>
      <translation>flexión de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="180" />
      <source>hip internal rotation</source>
      <translation>rotación interna de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="182" />
      <source>knee extension</source>
      <translation>extensión de rodilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="181" />
      <source>knee flexion</source>
      <translation>flexión de rodilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="186" />
      <source>neck extension</source>
      <translation>extensión de cuello</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="185" />
      <source>neck flexion</source>
      <translation>flexión de cuello</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="187" />
      <source>neck rotation</source>
      <translation>rotación de cuello</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="188" />
      <source>neck side bend</source>
      <translation>inclinación lateral de cuello</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="169" />
      <source>shoulder abduction</source>
      <translation>abducción de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="170" />
      <source>shoulder adduction</source>
      <translation>aducción de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="168" />
      <source>shoulder extension</source>
      <translation>extensión de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="171" />
      <source>shoulder external rotation</source>
      <translation>rotación externa de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="167" />
      <source>shoulder flexion</source>
      <translation>flexión de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="172" />
      <source>shoulder internal rotation</source>
      <translation>rotación interna de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="190" />
      <source>trunk extension</source>
      <translation>extensión de tronco</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="189" />
      <source>trunk flexion</source>
      <translation>flexión de tronco</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="191" />
      <source>trunk rotation</source>
      <translation>rotación de tronco</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="192" />
      <source>trunk side bend</source>
      <translation>inclinación lateral de tronco</translation>
    </message>
  </context>
  <context>
    <name>LibraryBrowser</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="361" />
      <source>%1 of %2 exercises</source>
      <translation>%1 de %2 ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="360" />
      <source>%1 of %2 exercises, by name (the steps are searched in a moment)</source>
      <translation>%1 de %2 ejercicios, por nombre (los pasos se buscan en un momento)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="190" />
      <source>Any equipment</source>
      <translation>Cualquier equipo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="188" />
      <source>Any kind</source>
      <translation>Cualquier tipo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="189" />
      <source>Any position</source>
      <translation>Cualquier posición</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="187" />
      <source>Any region</source>
      <translation>Cualquier región</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="207" />
      <source>Double-click, press Enter or drag an exercise to add it</source>
      <translation>Doble clic, Intro o arrastre un ejercicio para agregarlo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="190" />
      <source>Equipment filter</source>
      <translation>Filtro de equipo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="206" />
      <source>Exercise library</source>
      <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="192" />
      <source>Exercises shown</source>
      <translation>Ejercicios mostrados</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="188" />
      <source>Kind filter</source>
      <translation>Filtro de tipo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="189" />
      <source>Position filter</source>
      <translation>Filtro de posición</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="187" />
      <source>Region filter</source>
      <translation>Filtro de región</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="183" />
      <source>Search exercises (name, steps, tags)</source>
      <translation>Buscar ejercicios (nombre, pasos, etiquetas)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="185" />
      <source>Search the library</source>
      <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/library_browser.py" line="186" />
      <source>Type words from the name, the steps or the movements</source>
      <translation>Escriba palabras del nombre, los pasos o los movimientos</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="281" />
      <source>%1 exercises in the library</source>
      <translation>%1 ejercicios en la biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="320" />
      <source>%1[*] — Rehab Planner</source>
      <translation>%1[*] — Rehab Planner</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="53" />
      <source>&amp;About Rehab Planner</source>
      <translation>&amp;Acerca de Rehab Planner</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="47" />
      <source>&amp;Add to phase</source>
      <translation>&amp;Agregar a la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="42" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="44" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="42" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="50" />
      <source>&amp;Edit custom exercise…</source>
      <translation>E&amp;ditar ejercicio propio…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="34" />
      <source>&amp;Export PDF…</source>
      <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="33" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="46" />
      <source>&amp;Find in library</source>
      <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="62" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="55" />
      <source>&amp;Library</source>
      <translation>&amp;Biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="49" />
      <source>&amp;New custom exercise…</source>
      <translation>&amp;Nuevo ejercicio propio…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="30" />
      <source>&amp;New plan…</source>
      <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="31" />
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="43" />
      <source>&amp;Paste</source>
      <translation>&amp;Pegar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="39" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="40" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="45" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="32" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="57" />
      <source>&amp;Settings</source>
      <translation>&amp;Configuración</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="51" />
      <source>&amp;Settings…</source>
      <translation>&amp;Configuración…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="43" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="59" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="100" />
      <source>&lt;b&gt;Rehab Planner %1&lt;/b&gt;&lt;p&gt;Home exercise plans and patient handouts after surgery.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Rehab Planner %1&lt;/b&gt;&lt;p&gt;Planes de ejercicios en casa y folletos para pacientes después de una cirugía.&lt;/p&gt;&lt;p&gt;Software libre bajo la GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="99" />
      <source>About Rehab Planner</source>
      <translation>Acerca de Rehab Planner</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="464" />
      <source>Accept finding</source>
      <translation>Aceptar hallazgo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="47" />
      <source>Add the chosen library exercise to the phase</source>
      <translation>Agregar a la fase el ejercicio elegido de la biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="50" />
      <source>Change one of your own exercises</source>
      <translation>Cambiar uno de sus propios ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="51" />
      <source>Clinic details and handout defaults</source>
      <translation>Datos de la clínica y opciones del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="36" />
      <source>Clinician s&amp;ummary PDF…</source>
      <translation>Res&amp;umen clínico en PDF…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="40" />
      <source>Close Rehab Planner</source>
      <translation>Cerrar Rehab Planner</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="42" />
      <source>Copy the chosen exercises</source>
      <translation>Copiar los ejercicios elegidos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="52" />
      <source>Copy to p&amp;hase</source>
      <translation>Copiar a la &amp;fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="466" />
      <location filename="../rehab_planner/gui/main_window.py" line="477" />
      <source>Could not accept the finding</source>
      <translation>No se pudo aceptar el hallazgo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="406" />
      <source>Could not save the exercise</source>
      <translation>No se pudo guardar el ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="500" />
      <source>Could not save the settings</source>
      <translation>No se pudo guardar la configuración</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="82" />
      <source>Could not start</source>
      <translation>No se pudo iniciar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="41" />
      <source>Cu&amp;t</source>
      <translation>Cor&amp;tar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="358" />
      <source>Cut exercises</source>
      <translation>Cortar ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="41" />
      <source>Cut the chosen exercises</source>
      <translation>Cortar los ejercicios elegidos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="213" />
      <source>Handout preview</source>
      <translation>Vista previa del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="150" />
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="73" />
      <source>Loading the exercise library…</source>
      <translation>Cargando la biblioteca de ejercicios…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="105" />
      <source>Loading the plan editor…</source>
      <translation>Cargando el editor del plan…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="99" />
      <source>Loading your custom exercises…</source>
      <translation>Cargando sus ejercicios propios…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="67" />
      <source>Main toolbar</source>
      <translation>Barra principal</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/menus.py" line="35" />
      <source>Open &amp;recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="31" />
      <source>Open a plan file</source>
      <translation>Abrir un archivo de plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="43" />
      <source>Paste exercises into the chosen phase</source>
      <translation>Pegar ejercicios en la fase elegida</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="267" />
      <source>Preview failed: %1</source>
      <translation>Falló la vista previa: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="39" />
      <source>Print the patient handout</source>
      <translation>Imprimir el folleto del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="56" />
      <location filename="../rehab_planner/gui/main_window.py" line="321" />
      <source>Rehab Planner</source>
      <translation>Rehab Planner</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="44" />
      <source>Remove the chosen exercises from the phase</source>
      <translation>Quitar de la fase los ejercicios elegidos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="215" />
      <source>Safety findings</source>
      <translation>Hallazgos de seguridad</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="33" />
      <source>Save &amp;as…</source>
      <translation>Guardar &amp;como…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="37" />
      <source>Save a one-page summary for clinicians: orders, timeline, criteria met and clinician care (not for the patient)</source>
      <translation>Guardar un resumen de una página para los clínicos: órdenes, línea de tiempo, criterios cumplidos y tratamiento en la clínica (no es para el paciente)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="34" />
      <source>Save the patient handout as a PDF</source>
      <translation>Guardar el folleto del paciente como PDF</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="32" />
      <source>Save the plan</source>
      <translation>Guardar el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="33" />
      <source>Save the plan to a new file</source>
      <translation>Guardar el plan en un archivo nuevo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="325" />
      <source>Saved</source>
      <translation>Guardado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="413" />
      <source>Saved %1</source>
      <translation>Guardado: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="46" />
      <source>Search the exercise library</source>
      <translation>Buscar en la biblioteca de ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="284" />
      <source>Some data files have problems</source>
      <translation>Algunos archivos de datos tienen problemas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="30" />
      <source>Start a plan, blank or from a template</source>
      <translation>Empezar un plan, en blanco o desde una plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="285" />
      <source>These entries were skipped:</source>
      <translation>Se omitieron estas entradas:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="478" />
      <source>This finding is no longer in the plan: the plan changed after it was shown. Nothing was accepted; choose the finding again in the updated list.</source>
      <translation>Este hallazgo ya no está en el plan: el plan cambió después de mostrarlo. No se aceptó nada; elija el hallazgo de nuevo en la lista actualizada.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/main_window.py" line="324" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="53" />
      <source>Version and licence</source>
      <translation>Versión y licencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/actions.py" line="49" />
      <source>Write your own exercise</source>
      <translation>Escribir su propio ejercicio</translation>
    </message>
  </context>
  <context>
    <name>MeasureForm</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="73" />
      <source>%1. Answers %2 to %3 (%4). Enter what the patient marked on the official form.</source>
      <translation>%1. Respuestas de %2 a %3 (%4). Anote lo que el paciente marcó en el formulario oficial.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="135" />
      <source>(not saved yet: %1)</source>
      <translation>(aún no se guarda: %1)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="64" />
      <source>Activity %1</source>
      <translation>Actividad %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="63" />
      <source>Activity %1, in the patient's words</source>
      <translation>Actividad %1, en palabras del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="123" />
      <source>No score yet: %1</source>
      <translation>Aún sin puntaje: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="118" />
      <source>Not taken at this visit.</source>
      <translation>No se tomó en esta visita.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="126" />
      <source>Score: %1 (from %2 to %3)</source>
      <translation>Puntaje: %1 (de %2 a %3)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="41" />
      <source>Taken at this visit</source>
      <translation>Tomada en esta visita</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="146" />
      <source>activity %1 ('%2') has a name but no score</source>
      <translation>la actividad %1 ('%2') tiene nombre pero no puntaje</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="144" />
      <source>activity %1 has a score but no name</source>
      <translation>la actividad %1 tiene puntaje pero no nombre</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/measure_form.py" line="132" />
      <source>name each activity the patient scored</source>
      <translation>escriba el nombre de cada actividad que el paciente puntuó</translation>
    </message>
  </context>
  <context>
    <name>MilestoneKind</name>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="137" />
      <source>all activities</source>
      <translation>todas las actividades</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="136" />
      <source>contact sports</source>
      <translation>deportes de contacto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="131" />
      <source>drive</source>
      <translation>manejar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="134" />
      <source>jogging</source>
      <translation>trotar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="132" />
      <source>return to work</source>
      <translation>volver al trabajo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="135" />
      <source>sports</source>
      <translation>deportes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="128" />
      <source>stop crutches</source>
      <translation>dejar las muletas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="127" />
      <source>stop sling</source>
      <translation>dejar el cabestrillo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="129" />
      <source>stop walker</source>
      <translation>dejar la andadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="133" />
      <source>swim</source>
      <translation>nadar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="130" />
      <source>wean brace</source>
      <translation>usar menos el soporte</translation>
    </message>
  </context>
  <context>
    <name>MilestonesModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="91" />
      <source>In days</source>
      <translation>En días</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="91" />
      <source>Milestone</source>
      <translation>Hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="92" />
      <source>Once this is true</source>
      <translation>Criterio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="92" />
      <source>Own words</source>
      <translation>Palabras propias</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="92" />
      <source>Surgeon's words</source>
      <translation>Palabras del cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="124" />
      <source>Switched by conditions: only with %1; not with %2</source>
      <translation>Según las condiciones: solo con %1; no con %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="91" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="132" />
      <source>day %1</source>
      <translation>día %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="131" />
      <source>on its criterion</source>
      <translation>al cumplir su criterio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="128" />
      <source>own words</source>
      <translation>palabras propias</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="133" />
      <source>week %1</source>
      <translation>semana %1</translation>
    </message>
  </context>
  <context>
    <name>NewPlanDialog</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="46" />
      <source>%1 (clinic)</source>
      <translation>%1 (clínica)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="78" />
      <source>&amp;Patient:</source>
      <translation>&amp;Paciente:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="80" />
      <source>&amp;Surgery date:</source>
      <translation>&amp;Fecha de la cirugía:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="73" />
      <source>&amp;Template:</source>
      <translation>P&amp;lantilla:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="55" />
      <source>A published line of this protocol: it ticks the surgeon's choices below that the line follows.</source>
      <translation>Una línea publicada de este protocolo: marca abajo las opciones del cirujano que sigue esa línea.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="110" />
      <source>As the template is written</source>
      <translation>Tal como está la plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="44" />
      <source>Blank plan (no template)</source>
      <translation>Plan en blanco (sin plantilla)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="84" />
      <source>Create</source>
      <translation>Crear</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="40" />
      <source>New plan</source>
      <translation>Plan nuevo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="169" />
      <source>One empty phase; add exercises from the library.</source>
      <translation>Una fase vacía; agregue ejercicios de la biblioteca.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="79" />
      <source>P&amp;rocedure:</source>
      <translation>P&amp;rocedimiento:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="61" />
      <source>Patient name</source>
      <translation>Nombre del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="64" />
      <source>Procedure</source>
      <translation>Procedimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="75" />
      <source>Protocol &amp;line:</source>
      <translation>&amp;Línea del protocolo:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="54" />
      <source>Protocol line</source>
      <translation>Línea del protocolo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="134" />
      <source>Source: %1</source>
      <translation>Fuente: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="69" />
      <source>Surgery date</source>
      <translation>Fecha de la cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="81" />
      <source>T&amp;herapist:</source>
      <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="49" />
      <source>Template</source>
      <translation>Plantilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="71" />
      <source>Therapist</source>
      <translation>Terapeuta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="38" />
      <source>These switch the template's orders and exercises on or off.</source>
      <translation>Estas opciones activan o desactivan órdenes y ejercicios de la plantilla.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/new_plan.py" line="36" />
      <source>What the surgeon found or did</source>
      <translation>Lo que el cirujano encontró o hizo</translation>
    </message>
  </context>
  <context>
    <name>OutcomeCharts</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="121" />
      <source>Days done</source>
      <translation>Días hechos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="118" />
      <source>Home program: days done per week</source>
      <translation>Programa en casa: días hechos por semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="56" />
      <source>No outcome measures recorded yet</source>
      <translation>Aún no hay medidas de resultado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="91" />
      <source>Surgery %1</source>
      <translation>Cirugía %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="129" />
      <source>Week after surgery</source>
      <translation>Semana después de la cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="66" />
      <source>Weeks after surgery</source>
      <translation>Semanas después de la cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="60" />
      <source>higher is better</source>
      <translation>más alto es mejor</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/charts.py" line="60" />
      <source>lower is better</source>
      <translation>más bajo es mejor</translation>
    </message>
  </context>
  <context>
    <name>Outcomes</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="60" />
      <source>&amp;Visits and outcomes…</source>
      <translation>&amp;Visitas y resultados…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="199" />
      <source>'Your progress' needs scores from at least two visits</source>
      <translation>'Su progreso' necesita puntajes de al menos dos visitas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="255" />
      <source>Could not delete the visit</source>
      <translation>No se pudo eliminar la visita</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="279" />
      <source>Could not link the visit</source>
      <translation>No se pudo vincular la visita</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="300" />
      <source>Could not make the progress report</source>
      <translation>No se pudo crear el informe de progreso</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="245" />
      <source>Delete the visit of %1 and its %2 measure(s)?</source>
      <translation>¿Eliminar la visita del %1 y sus %2 medida(s)?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="247" />
      <source>Delete visit</source>
      <translation>Eliminar visita</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="62" />
      <source>Enter visits and outcome measures; see progress plotted</source>
      <translation>Anotar visitas y medidas de resultado; ver el progreso en un gráfico</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="107" />
      <source>Open a plan from the patient database first</source>
      <translation>Primero abra un plan de la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="290" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="63" />
      <source>Progress &amp;report…</source>
      <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="298" />
      <source>Progress report saved to %1 (%2 pages)</source>
      <translation>Informe de progreso guardado en %1 (%2 páginas)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="64" />
      <source>Save a progress report PDF for the surgeon or payer</source>
      <translation>Guardar un informe de progreso en PDF para el cirujano o el seguro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="289" />
      <source>Save progress report</source>
      <translation>Guardar informe de progreso</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="139" />
      <source>The visits could not be read: %1</source>
      <translation>No se pudieron leer las visitas: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="248" />
      <source>This cannot be undone. The audit log records who deleted it.</source>
      <translation>No se puede deshacer. El registro de auditoría guarda quién la eliminó.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="233" />
      <source>Visit changed</source>
      <translation>Visita modificada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="254" />
      <source>Visit deleted</source>
      <translation>Visita eliminada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="269" />
      <source>Visit saved</source>
      <translation>Visita guardada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/install.py" line="266" />
      <source>Visit saved. Change the plan, then save it to the database: the new revision will be linked to this visit.</source>
      <translation>Visita guardada. Cambie el plan y luego guárdelo en la base de datos: la versión nueva quedará vinculada a esta visita.</translation>
    </message>
  </context>
  <context>
    <name>OutcomesDialog</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="176" />
      <source>%1 (first score)</source>
      <translation>%1 (primer puntaje)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="179" />
      <source>%1 since %2</source>
      <translation>%1 desde el %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="83" />
      <source>%1, surgery on %2</source>
      <translation>%1, cirugía el %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="192" />
      <source>%1, unchecked</source>
      <translation>%1, sin verificar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="199" />
      <source>%1: %2 on %3</source>
      <translation>%1: %2 el %3</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="201" />
      <source>%1: %2 on %3, %4 on %5 (%6)</source>
      <translation>%1: %2 el %3, %4 el %5 (%6)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="67" />
      <source>&amp;Add visit…</source>
      <translation>&amp;Agregar visita…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="70" />
      <source>&amp;Delete visit…</source>
      <translation>E&amp;liminar visita…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="68" />
      <source>&amp;Edit visit…</source>
      <translation>&amp;Editar visita…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="85" />
      <source>&amp;Measure:</source>
      <translation>&amp;Medida:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="72" />
      <source>&amp;Progress report…</source>
      <translation>&amp;Informe de progreso…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="152" />
      <source>Activities the patient chose (PSFS): %1</source>
      <translation>Actividades que eligió el paciente (PSFS): %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="69" />
      <source>Change the chosen visit (or double-click it)</source>
      <translation>Cambiar la visita elegida (o haga doble clic en ella)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="73" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="71" />
      <source>Delete the chosen visit and its measures</source>
      <translation>Eliminar la visita elegida y sus medidas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="61" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="154" />
      <source>No outcome measures recorded yet.</source>
      <translation>Aún no hay medidas de resultado.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="75" />
      <source>Pain and function in plain words with a small plot, from the visits' measures</source>
      <translation>Dolor y función en palabras sencillas con un gráfico pequeño, a partir de las medidas de las visitas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="74" />
      <source>Print 'Your progress' in the patient's &amp;handout</source>
      <translation>Imprimir 'Su progreso' en el &amp;folleto del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="52" />
      <source>Visits and outcomes: %1</source>
      <translation>Visitas y resultados: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="189" />
      <source>below the MCID of %1</source>
      <translation>por debajo de la MCID de %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="184" />
      <source>no MCID stored</source>
      <translation>sin MCID guardada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="187" />
      <source>passes the MCID of %1</source>
      <translation>supera la MCID de %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="182" />
      <source>rating of change</source>
      <translation>escala de cambio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/view.py" line="188" />
      <source>worse by at least the MCID of %1</source>
      <translation>peor en al menos la MCID de %1</translation>
    </message>
  </context>
  <context>
    <name>PatientDetails</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="78" />
      <source>&amp;Record number:</source>
      <translation>Número de &amp;expediente:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="79" />
      <source>Date of &amp;birth:</source>
      <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="49" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="107" />
      <source>Empty: each stage prints its own message</source>
      <translation>Vacío: cada etapa imprime su propio mensaje</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="56" />
      <source>For a clinician who reads English: the handout's headings and exercise names in both languages</source>
      <translation>Para un profesional que lee inglés: los títulos del folleto y los nombres de los ejercicios en los dos idiomas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="89" />
      <source>Handout</source>
      <translation>Folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="80" />
      <source>Handout &amp;language:</source>
      <translation>&amp;Idioma del folleto:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="55" />
      <source>Headings also in English</source>
      <translation>Títulos también en inglés</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="53" />
      <source>Language the patient reads</source>
      <translation>Idioma que lee el paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="91" />
      <source>Main &amp;message:</source>
      <translation>&amp;Mensaje principal:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="60" />
      <source>Main message</source>
      <translation>Mensaje principal</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="84" />
      <source>Na&amp;me:</source>
      <translation>Nom&amp;bre:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="48" />
      <source>Not set</source>
      <translation>Sin fecha</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="112" />
      <source>Now page 1 prints: %1</source>
      <translation>Ahora la página 1 imprime: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="76" />
      <source>Patient</source>
      <translation>Paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="85" />
      <source>Pho&amp;ne:</source>
      <translation>Telé&amp;fono:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="63" />
      <source>Printed first, in a box, on page 1 of the handout, at every stage. Left empty, each stage prints its own message from the template, if it has one</source>
      <translation>Se imprime primero, en un recuadro, en la página 1 del folleto, en todas las etapas. Si lo deja vacío, cada etapa imprime su propio mensaje de la plantilla, si tiene uno</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="43" />
      <source>Record number</source>
      <translation>Número de expediente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="82" />
      <source>Surgeon</source>
      <translation>Cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="58" />
      <source>Surgeon's name</source>
      <translation>Nombre del cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="59" />
      <source>Surgeon's phone</source>
      <translation>Teléfono del cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="54" />
      <source>The handout is printed in this language</source>
      <translation>El folleto se imprime en este idioma</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="61" />
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="105" />
      <source>The one thing the patient must remember</source>
      <translation>Lo único que el paciente debe recordar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="59" />
      <source>e.g. 555-0142</source>
      <translation>p. ej. 555-0142</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="58" />
      <source>e.g. Dr. Ana Ruiz</source>
      <translation>p. ej. Dra. Ana Ruiz</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_details.py" line="43" />
      <source>e.g. MRN 004512</source>
      <translation>p. ej. expediente 004512</translation>
    </message>
  </context>
  <context>
    <name>PatientHeader</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="44" />
      <source>&amp;Patient:</source>
      <translation>&amp;Paciente:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="48" />
      <source>&amp;Therapist:</source>
      <translation>&amp;Terapeuta:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="45" />
      <source>P&amp;rocedure:</source>
      <translation>P&amp;rocedimiento:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="29" />
      <source>Patient name</source>
      <translation>Nombre del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="39" />
      <source>Phase dates are counted from this day</source>
      <translation>Las fechas de las fases se cuentan desde este día</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="32" />
      <source>Procedure</source>
      <translation>Procedimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="47" />
      <source>Sur&amp;gery date:</source>
      <translation>Fecha de la ci&amp;rugía:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="38" />
      <source>Surgery date</source>
      <translation>Fecha de la cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/patient_header.py" line="41" />
      <source>Therapist</source>
      <translation>Terapeuta</translation>
    </message>
  </context>
  <context>
    <name>Patients</name>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="57" />
      <source>&amp;Clinic templates…</source>
      <translation>Plantillas de la &amp;clínica…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="46" />
      <source>&amp;Find patient…</source>
      <translation>&amp;Buscar paciente…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="50" />
      <source>&amp;History…</source>
      <translation>&amp;Historial…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="94" />
      <source>&amp;Patients</source>
      <translation>&amp;Pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="48" />
      <source>&amp;Save to database</source>
      <translation>&amp;Guardar en la base de datos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="202" />
      <source>Database revision %1</source>
      <translation>Versión %1 de la base de datos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="50" />
      <source>Every saved revision of this plan and what changed</source>
      <translation>Cada versión guardada de este plan y lo que cambió</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="52" />
      <source>Open the &amp;newest revision</source>
      <translation>Abrir la versión más &amp;nueva</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="53" />
      <source>Open the newest revision of this plan from the patient database</source>
      <translation>Abrir la versión más nueva de este plan desde la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="102" />
      <source>Patient &amp;list</source>
      <translation>&amp;Lista de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="77" />
      <source>Patients</source>
      <translation>Pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="58" />
      <source>Rename or delete the clinic's own templates</source>
      <translation>Cambiar el nombre o eliminar las plantillas propias de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="54" />
      <source>Save plan as &amp;template…</source>
      <translation>Guardar el plan como &amp;plantilla…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="48" />
      <source>Save the plan as a new revision in the patient database</source>
      <translation>Guardar el plan como una versión nueva en la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="55" />
      <source>Save this plan's phases and exercises as a clinic template, without the patient's details</source>
      <translation>Guardar las fases y ejercicios de este plan como plantilla de la clínica, sin los datos del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="138" />
      <source>Saved in the patient database for the whole clinic</source>
      <translation>Guardado en la base de datos de pacientes para toda la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/install.py" line="46" />
      <source>Search the patient database by name or record number</source>
      <translation>Buscar en la base de datos de pacientes por nombre o número de expediente</translation>
    </message>
  </context>
  <context>
    <name>PatientsPanel</name>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="187" />
      <source>%1 found</source>
      <translation>%1 encontrados</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="89" />
      <location filename="../rehab_planner/gui/patients/panel.py" line="117" />
      <source>&amp;History…</source>
      <translation>&amp;Historial…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="88" />
      <location filename="../rehab_planner/gui/patients/panel.py" line="116" />
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="120" />
      <location filename="../rehab_planner/gui/patients/panel.py" line="253" />
      <source>&amp;Restore</source>
      <translation>&amp;Restaurar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="118" />
      <location filename="../rehab_planner/gui/patients/panel.py" line="256" />
      <source>Ar&amp;chive…</source>
      <translation>Ar&amp;chivar…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="183" />
      <source>Every plan is archived. Tick Show archived to see them.</source>
      <translation>Todos los planes están archivados. Marque Mostrar archivados para verlos.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="91" />
      <source>List archived plans too, to look at or restore them</source>
      <translation>Mostrar también los planes archivados, para verlos o restaurarlos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="67" />
      <source>Name or record number</source>
      <translation>Nombre o número de expediente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="181" />
      <source>No plans match</source>
      <translation>Ningún plan coincide</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="185" />
      <source>No plans saved yet</source>
      <translation>Aún no hay planes guardados</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="112" />
      <source>Opening the patient database…</source>
      <translation>Abriendo la base de datos de pacientes…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="79" />
      <source>Patient plans</source>
      <translation>Planes de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="121" />
      <source>Put this archived plan back on the list</source>
      <translation>Volver a poner este plan archivado en la lista</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="189" />
      <source>Recent patients</source>
      <translation>Pacientes recientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="69" />
      <source>Search patients</source>
      <translation>Buscar pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="169" />
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="90" />
      <source>Show &amp;archived</source>
      <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/panel.py" line="119" />
      <source>Take this plan off the list; its history is kept</source>
      <translation>Quitar este plan de la lista; se conserva su historial</translation>
    </message>
  </context>
  <context>
    <name>PhaseModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="126" />
      <source>%1  (%2)</source>
      <translation>%1  (%2)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="71" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="108" />
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="107" />
      <source>From week</source>
      <translation>Desde la semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="108" />
      <source>Milestones</source>
      <translation>Hitos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="149" />
      <source>Milestones in this phase's weeks (edit them on the Recovery and care tab)</source>
      <translation>Hitos en las semanas de esta fase (se editan en la pestaña Recuperación y cuidados)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="107" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="147" />
      <source>Set to 0 for a phase with no end</source>
      <translation>Ponga 0 para una fase sin fin</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="143" />
      <source>The handout prints this stage's words for the plan's condition (name, goals, criteria). The stage's own name: %1</source>
      <translation>El folleto imprime las palabras de esta etapa para la condición del plan (nombre, metas, criterios). El nombre propio de la etapa: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="107" />
      <source>To week</source>
      <translation>Hasta la semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="68" />
      <source>day %1</source>
      <translation>día %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="52" />
      <source>from %1</source>
      <translation>desde %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="133" />
      <source>onwards</source>
      <translation>en adelante</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/phase_model.py" line="70" />
      <source>week %1</source>
      <translation>semana %1</translation>
    </message>
  </context>
  <context>
    <name>PhasePanel</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="64" />
      <source>Add a phase</source>
      <translation>Agregar una fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="68" />
      <source>Carry the previous phase's exercises into the chosen one, with more reps, sets, time or weight</source>
      <translation>Pasar los ejercicios de la fase anterior a la elegida, con más repeticiones, series, tiempo o peso</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="58" />
      <source>F2 renames or sets weeks; drop exercises on a phase to add them</source>
      <translation>F2 cambia el nombre o las semanas; suelte ejercicios sobre una fase para agregarlos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="67" />
      <source>Move the chosen phase down</source>
      <translation>Bajar la fase elegida</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="66" />
      <source>Move the chosen phase up</source>
      <translation>Subir la fase elegida</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="57" />
      <source>Phases</source>
      <translation>Fases</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/phase_panel.py" line="65" />
      <source>Remove the chosen phase</source>
      <translation>Quitar la fase elegida</translation>
    </message>
  </context>
  <context>
    <name>PlanArchiver</name>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="52" />
      <source>Archive plan</source>
      <translation>Archivar plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="72" />
      <source>Archive the plan for %1: %2, surgery on %3?</source>
      <translation>¿Archivar el plan de %1: %2, cirugía el %3?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="56" />
      <source>Archived the plan for %1</source>
      <translation>Plan de %1 archivado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="50" />
      <location filename="../rehab_planner/gui/patients/archive.py" line="57" />
      <source>Could not archive the plan</source>
      <translation>No se pudo archivar el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="63" />
      <location filename="../rehab_planner/gui/patients/archive.py" line="67" />
      <source>Could not restore the plan</source>
      <translation>No se pudo restaurar el plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="78" />
      <source>It leaves the patient list. Every saved version is kept. To bring it back, tick Show archived, choose it and click Restore.</source>
      <translation>Sale de la lista de pacientes. Se conservan todas las versiones guardadas. Para recuperarlo, marque Mostrar archivados, elíjalo y haga clic en Restaurar.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/file_ops.py" line="375" />
      <location filename="../rehab_planner/gui/patients/archive.py" line="66" />
      <source>Restored the plan for %1</source>
      <translation>Plan de %1 restaurado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/archive.py" line="82" />
      <source>This plan is open: you can still print it, but you cannot save changes until you restore it.</source>
      <translation>Este plan está abierto: puede imprimirlo, pero no puede guardar cambios hasta que lo restaure.</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="95" />
      <source>&amp;Phases and exercises</source>
      <translation>&amp;Fases y ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="260" />
      <source>&lt;i&gt;Add a phase to start.&lt;/i&gt;</source>
      <translation>&lt;i&gt;Agregue una fase para empezar.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="56" />
      <source>&lt;p style='font-size:14pt'&gt;No plan is open.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; for a new plan or &lt;b&gt;Ctrl+O&lt;/b&gt; to open one.&lt;/p&gt;</source>
      <translation>&lt;p style='font-size:14pt'&gt;No hay ningún plan abierto.&lt;/p&gt;&lt;p&gt;Pulse &lt;b&gt;Ctrl+N&lt;/b&gt; para un plan nuevo o &lt;b&gt;Ctrl+O&lt;/b&gt; para abrir uno.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="222" />
      <source>Carry exercises forward</source>
      <translation>Pasar ejercicios a la fase siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="78" />
      <source>Han&amp;dout settings</source>
      <translation>Opciones del fo&amp;lleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="77" />
      <source>Patient and s&amp;urgeon</source>
      <translation>Paciente y ci&amp;rujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="207" />
      <source>Phase %1</source>
      <translation>Fase %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="75" />
      <source>Pre&amp;cautions</source>
      <translation>Pre&amp;cauciones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/plan_editor.py" line="76" />
      <source>Recover&amp;y and care</source>
      <translation>Rec&amp;uperación y tratamiento</translation>
    </message>
  </context>
  <context>
    <name>PlanListModel</name>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="46" />
      <source>%1 (archived)</source>
      <translation>%1 (archivado)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="110" />
      <source>%1, surgery on %2</source>
      <translation>%1, cirugía el %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="54" />
      <source>Archived %1 by %2</source>
      <translation>Archivado el %1 por %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="92" />
      <source>Patient</source>
      <translation>Paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="112" />
      <source>Revision %1, saved %2 by %3</source>
      <translation>Versión %1, guardada el %2 por %3</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="92" />
      <source>Saved</source>
      <translation>Guardado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="92" />
      <source>Surgery</source>
      <translation>Cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="107" />
      <source>born %1</source>
      <translation>nació el %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="56" />
      <location filename="../rehab_planner/gui/patients/plans_model.py" line="114" />
      <source>someone</source>
      <translation>alguien</translation>
    </message>
  </context>
  <context>
    <name>PrecautionsModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="111" />
      <source>%1
Surgeon's words: %2</source>
      <translation>%1
Palabras del cirujano: %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="96" />
      <source>%1 (off: not for this plan's conditions)</source>
      <translation>%1 (desactivada: no aplica a las condiciones de este plan)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="67" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="67" />
      <source>In days</source>
      <translation>En días</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="67" />
      <source>Precaution</source>
      <translation>Precaución</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="67" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="68" />
      <source>Values</source>
      <translation>Valores</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="101" />
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="106" />
      <source>day %1</source>
      <translation>día %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="105" />
      <source>until lifted</source>
      <translation>hasta que se levante</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="102" />
      <location filename="../rehab_planner/gui/models/precautions_model.py" line="107" />
      <source>week %1</source>
      <translation>semana %1</translation>
    </message>
  </context>
  <context>
    <name>PrecautionsPanel</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="87" />
      <source>&amp;Add precaution</source>
      <translation>&amp;Agregar precaución</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="88" />
      <source>&amp;Lift precaution</source>
      <translation>&amp;Levantar precaución</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="106" />
      <source>Conditions:</source>
      <translation>Condiciones:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="86" />
      <source>Precaution to add</source>
      <translation>Precaución para agregar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="79" />
      <source>Precautions</source>
      <translation>Precauciones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="89" />
      <source>Remove the chosen precaution from the plan</source>
      <translation>Quitar del plan la precaución elegida</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="96" />
      <source>Surgeon's &amp;words:</source>
      <translation>&amp;Palabras del cirujano:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="91" />
      <source>Surgeon's wording</source>
      <translation>Palabras del cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="93" />
      <source>The surgeon's order exactly as written (printed on the handout)</source>
      <translation>La orden del cirujano tal como la escribió (se imprime en el folleto)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="97" />
      <source>Values</source>
      <translation>Valores</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="108" />
      <source>What the surgeon found or did; it switches orders and exercises on or off.</source>
      <translation>Lo que el cirujano encontró o hizo; activa o desactiva órdenes y ejercicios.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="90" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="57" />
      <source>&amp;Browse…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="108" />
      <source>&amp;Interface language:</source>
      <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="93" />
      <source>&amp;Logo:</source>
      <translation>&amp;Logo:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="91" />
      <source>&amp;Phone:</source>
      <translation>&amp;Teléfono:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="96" />
      <source>&amp;Therapist:</source>
      <translation>T&amp;erapeuta:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="56" />
      <source>A PNG or JPEG file</source>
      <translation>Un archivo PNG o JPEG</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="109" />
      <source>A new interface language is used when Rehab Planner starts again.</source>
      <translation>El nuevo idioma de la interfaz se usa cuando Rehab Planner vuelve a iniciar.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="92" />
      <source>A&amp;fter hours:</source>
      <translation>F&amp;uera de horario:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="66" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="80" />
      <source>After-hours phone</source>
      <translation>Teléfono fuera de horario</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="89" />
      <source>Clinic &amp;name:</source>
      <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="78" />
      <source>Clinic address</source>
      <translation>Dirección de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="121" />
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="134" />
      <source>Clinic logo</source>
      <translation>Logo de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="81" />
      <source>Clinic logo file</source>
      <translation>Archivo del logo de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="77" />
      <source>Clinic name</source>
      <translation>Nombre de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="79" />
      <source>Clinic phone</source>
      <translation>Teléfono de la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="72" />
      <source>Empty: a private database on this computer</source>
      <translation>Vacío: una base de datos privada en esta computadora</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="84" />
      <source>Large print</source>
      <translation>Letra grande</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="65" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="97" />
      <source>Page si&amp;ze:</source>
      <translation>Tama&amp;ño de página:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="83" />
      <source>Page size</source>
      <translation>Tamaño de página</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="99" />
      <source>Patient &amp;database:</source>
      <translation>&amp;Base de datos de pacientes:</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="75" />
      <source>Patient database address</source>
      <translation>Dirección de la base de datos de pacientes</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="122" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="42" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="106" />
      <source>The language of the app's menus and windows. Handouts follow the patient's language (Patient and surgeon tab).</source>
      <translation>El idioma de los menús y ventanas. Los folletos siguen el idioma del paciente (pestaña Paciente y cirujano).</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="54" />
      <source>The number to call at night and on weekends</source>
      <translation>El número para llamar de noche y los fines de semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="82" />
      <source>Therapist name</source>
      <translation>Nombre del terapeuta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="73" />
      <source>To share one database in a clinic, give its address, e.g. postgresql://user@server/clinic</source>
      <translation>Para compartir una base de datos en una clínica, escriba su dirección, p. ej. postgresql://usuario@servidor/clinica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/preferences_dialog.py" line="68" />
      <source>Use large print for new handouts</source>
      <translation>Usar letra grande en los folletos nuevos</translation>
    </message>
  </context>
  <context>
    <name>PrescriptionModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="349" />
      <source>%1 (from week %2)</source>
      <translation>%1 (desde la semana %2)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="345" />
      <source>%1 (not in the library)</source>
      <translation>%1 (no está en la biblioteca)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="356" />
      <source>%1 (off: not for this plan's conditions)</source>
      <translation>%1 (desactivada: no aplica a las condiciones de este plan)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="353" />
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="294" />
      <source>Dosage</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="294" />
      <source>Exercise</source>
      <translation>Ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="294" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/plan_model.py" line="294" />
      <source>Side</source>
      <translation>Lado</translation>
    </message>
  </context>
  <context>
    <name>RangeLimitsBox</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="92" />
      <source>Add &amp;limit</source>
      <translation>Agregar &amp;límite</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="95" />
      <source>Each exercise card of the phase tells the patient where to stop; an exercise that cannot stay within a limit is a conflict.</source>
      <translation>Cada tarjeta de ejercicio de la fase le dice al paciente dónde parar; un ejercicio que no puede quedarse dentro de un límite es un conflicto.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="89" />
      <source>Holds for</source>
      <translation>Se aplica a</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="81" />
      <source>Joint and motion to limit</source>
      <translation>Articulación y movimiento a limitar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="65" />
      <source>Range limits</source>
      <translation>Límites de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="57" />
      <source>Range limits of this phase</source>
      <translation>Límites de movimiento de esta fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="93" />
      <source>Remove limit</source>
      <translation>Quitar límite</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="149" />
      <source>This phase already limits that joint motion that way. Change the limit in the table.</source>
      <translation>Esta fase ya limita ese movimiento de esa forma. Cambie el límite en la tabla.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="85" />
      <source>Up to (degrees)</source>
      <translation>Hasta (grados)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="87" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
  </context>
  <context>
    <name>RangeLimitsModel</name>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="82" />
      <source>Holds for</source>
      <translation>Se aplica a</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="82" />
      <source>Joint and motion</source>
      <translation>Articulación y movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="83" />
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="102" />
      <source>Switched by conditions: only with %1; not with %2</source>
      <translation>Según las condiciones: solo con %1; no con %2</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="82" />
      <source>Up to (degrees)</source>
      <translation>Hasta (grados)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="38" />
      <source>active</source>
      <translation>activo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="42" />
      <source>left</source>
      <translation>izquierdo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="97" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="42" />
      <source>operated side</source>
      <translation>lado operado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="37" />
      <source>passive</source>
      <translation>pasivo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="37" />
      <source>passive and active</source>
      <translation>pasivo y activo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="42" />
      <source>right</source>
      <translation>derecho</translation>
    </message>
  </context>
  <context>
    <name>SharedExercises</name>
    <message>
      <location filename="../rehab_planner/gui/patients/shared_exercises.py" line="111" />
      <source>Saved on this computer only; the patient database said: %1</source>
      <translation>Guardado solo en esta computadora; la base de datos de pacientes respondió: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/shared_exercises.py" line="92" />
      <source>The clinic's exercises could not be read: %1</source>
      <translation>No se pudieron leer los ejercicios de la clínica: %1</translation>
    </message>
  </context>
  <context>
    <name>SideDelegate</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/exercise_tree.py" line="208" />
      <source>Side</source>
      <translation>Lado</translation>
    </message>
  </context>
  <context>
    <name>TimeDelegate</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="51" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/precautions_panel.py" line="51" />
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="151" />
      <source>&amp;Criteria met</source>
      <translation>&amp;Criterios cumplidos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="139" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="152" />
      <source>&amp;Notes</source>
      <translation>&amp;Notas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="141" />
      <source>&amp;Phase</source>
      <translation>Fa&amp;se</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="140" />
      <source>&amp;Therapist</source>
      <translation>&amp;Terapeuta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="78" />
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="143" />
      <source>Days done a week</source>
      <translation>Días hechos por semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="68" />
      <source>Edit visit: %1</source>
      <translation>Editar visita: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="149" />
      <source>From the log</source>
      <translation>Del registro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="68" />
      <source>New visit: %1</source>
      <translation>Visita nueva: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="155" />
      <source>Outcome measures (each scores itself as you type):</source>
      <translation>Medidas de resultado (cada una se puntúa mientras escribe):</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="150" />
      <source>P&amp;roblems</source>
      <translation>P&amp;roblemas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="144" />
      <source>Pain before (0-10)</source>
      <translation>Dolor antes (0-10)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="228" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="239" />
      <source>The visit was not saved: %1</source>
      <translation>La visita no se guardó: %1</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="89" />
      <source>Update the plan after this visit (the next revision saved to the database is linked to it)</source>
      <translation>Actualizar el plan después de esta visita (la próxima versión guardada en la base de datos queda vinculada a ella)</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="84" />
      <source>What got in the way of the home program</source>
      <translation>Qué dificultó el programa en casa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visit_dialog.py" line="145" />
      <source>after</source>
      <translation>después</translation>
    </message>
  </context>
  <context>
    <name>VisitsModel</name>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="34" />
      <source>Criteria met</source>
      <translation>Criterios cumplidos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="29" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="31" />
      <source>Days a week</source>
      <translation>Días por semana</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="33" />
      <source>Measures</source>
      <translation>Medidas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="35" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="32" />
      <source>Pain before/after</source>
      <translation>Dolor antes/después</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/outcomes/visits_model.py" line="30" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
  </context>
  <context>
    <name>WhenDelegate</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="65" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="65" />
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="64" />
      <source>on its criterion</source>
      <translation>al cumplir su criterio</translation>
    </message>
  </context>
  <context>
    <name>_DegreesDelegate</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="49" />
      <source>not at all</source>
      <translation>nada</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../rehab_planner/gui/app.py" line="80" />
      <source>Something went wrong: %1

Your plan is autosaved every minute. Please save your work and restart Rehab Planner.</source>
      <translation>Algo salió mal: %1

Su plan se guarda solo cada minuto. Guarde su trabajo y vuelva a iniciar Rehab Planner.</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="244" />
      <source>Add a milestone</source>
      <translation>Agregar un hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="147" />
      <source>Add a range limit</source>
      <translation>Agregar un límite de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="261" />
      <source>Add clinician care</source>
      <translation>Agregar tratamiento en la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="117" />
      <source>Add exercise</source>
      <translation>Agregar ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="169" />
      <source>Add phase</source>
      <translation>Agregar fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="174" />
      <source>Carry exercises forward</source>
      <translation>Pasar los ejercicios a la etapa siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="244" />
      <source>Change clinic</source>
      <translation>Cambiar clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="315" />
      <source>Change clinician care</source>
      <translation>Cambiar tratamiento en la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="283" />
      <source>Change conditions</source>
      <translation>Cambiar condiciones</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="157" />
      <source>Change dosage</source>
      <translation>Cambiar dosis</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="296" />
      <source>Change handout settings</source>
      <translation>Cambiar opciones del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="233" />
      <source>Change handout topics</source>
      <translation>Cambiar temas del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="228" />
      <source>Change main message</source>
      <translation>Cambiar mensaje principal</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="309" />
      <source>Change milestones</source>
      <translation>Cambiar hitos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="163" />
      <source>Change note</source>
      <translation>Cambiar nota</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="204" />
      <source>Change patient details</source>
      <translation>Cambiar datos del paciente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="190" />
      <source>Change phase weeks</source>
      <translation>Cambiar semanas de la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="263" />
      <source>Change precaution</source>
      <translation>Cambiar precaución</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="322" />
      <source>Change range limits</source>
      <translation>Cambiar los límites de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="223" />
      <source>Change surgeon</source>
      <translation>Cambiar cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="217" />
      <source>Change surgery date</source>
      <translation>Cambiar fecha de la cirugía</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="270" />
      <source>Change the leg to stand on</source>
      <translation>Cambiar la pierna de apoyo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="289" />
      <source>Change the surgeon's wording</source>
      <translation>Cambiar las palabras del cirujano</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="276" />
      <source>Change when the exercise starts</source>
      <translation>Cambiar cuándo empieza el ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="139" />
      <source>Copy exercise to phase</source>
      <translation>Copiar ejercicio a la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="171" />
      <source>Edit a milestone</source>
      <translation>Editar un hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/range_model.py" line="133" />
      <source>Edit a range limit</source>
      <translation>Editar un límite de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/models/course_models.py" line="231" />
      <source>Edit clinician care</source>
      <translation>Editar tratamiento en la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="335" />
      <source>Mark criterion met</source>
      <translation>Marcar criterio cumplido</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="335" />
      <source>Mark criterion not met</source>
      <translation>Marcar criterio no cumplido</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="133" />
      <source>Move exercise</source>
      <translation>Mover ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="238" />
      <source>Move handout topic</source>
      <translation>Mover tema del folleto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="197" />
      <source>Move phase</source>
      <translation>Mover fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="342" />
      <source>Move to next phase</source>
      <translation>Pasar a la fase siguiente</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="146" />
      <source>Paste exercises</source>
      <translation>Pegar ejercicios</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="252" />
      <source>Remove a milestone</source>
      <translation>Quitar un hito</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/range_limits.py" line="163" />
      <source>Remove a range limit</source>
      <translation>Quitar un límite de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/widgets/course_panel.py" line="269" />
      <source>Remove clinician care</source>
      <translation>Quitar tratamiento en la clínica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="128" />
      <source>Remove exercise</source>
      <translation>Quitar ejercicio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="180" />
      <source>Remove phase</source>
      <translation>Quitar fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="256" />
      <source>Remove precaution</source>
      <translation>Quitar precaución</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="185" />
      <source>Rename phase</source>
      <translation>Cambiar nombre de la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="328" />
      <source>Set how the phase ends</source>
      <translation>Fijar cómo termina la fase</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/commands.py" line="250" />
      <source>Set precaution</source>
      <translation>Poner precaución</translation>
    </message>
  </context>
  <context>
    <name>conflict</name>
    <message>
      <location filename="../rehab_planner/gui/patients/conflict.py" line="41" />
      <source>&amp;Keep editing</source>
      <translation>&amp;Seguir editando</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/conflict.py" line="35" />
      <source>Not saved: someone else changed this plan</source>
      <translation>No se guardó: otra persona cambió este plan</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/conflict.py" line="40" />
      <source>Open the &amp;newest version</source>
      <translation>Abrir la versión más &amp;nueva</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/conflict.py" line="39" />
      <source>Save as &amp;file…</source>
      <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/patients/conflict.py" line="37" />
      <source>Your changes are still open. Save them as a file to keep them, or open the newest version (your changes will be lost).</source>
      <translation>Sus cambios siguen abiertos. Guárdelos como archivo para conservarlos, o abra la versión más nueva (perderá sus cambios).</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="92" />
      <source>Active hip abduction</source>
      <translation>Abducción activa de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="93" />
      <source>Active shoulder elevation</source>
      <translation>Elevación activa de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="31" />
      <source>Aerobic</source>
      <translation>Aeróbico</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="29" />
      <source>Ankle</source>
      <translation>Tobillo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="26" />
      <source>Arm</source>
      <translation>Brazo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="97" />
      <source>Arm weight bearing</source>
      <translation>Apoyo de peso en el brazo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="94" />
      <source>Assisted shoulder elevation</source>
      <translation>Elevación asistida de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="30" />
      <source>Balance</source>
      <translation>Equilibrio</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="57" />
      <source>Ball</source>
      <translation>Pelota</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="56" />
      <source>Band</source>
      <translation>Banda elástica</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="51" />
      <source>Bed</source>
      <translation>Cama</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="64" />
      <source>Bike</source>
      <translation>Bicicleta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="70" />
      <source>Both</source>
      <translation>Ambos</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="100" />
      <source>Both legs loaded</source>
      <translation>Carga en ambas piernas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="67" />
      <source>Box</source>
      <translation>Cajón</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="61" />
      <source>Cane</source>
      <translation>Bastón</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="52" />
      <source>Chair</source>
      <translation>Silla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="106" />
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="54" />
      <source>Counter</source>
      <translation>Mesada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="66" />
      <source>Door</source>
      <translation>Puerta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="73" />
      <source>Each</source>
      <translation>Cada lado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="37" />
      <source>Functional</source>
      <translation>Funcional</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="45" />
      <source>Half kneeling</source>
      <translation>Semiarrodillado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="43" />
      <source>Hands and knees</source>
      <translation>Cuadrupedia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="104" />
      <source>High impact</source>
      <translation>Alto impacto</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="27" />
      <source>Hip</source>
      <translation>Cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="88" />
      <source>Hip adduction past midline</source>
      <translation>Aducción de cadera más allá de la línea media</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="91" />
      <source>Hip extension past neutral</source>
      <translation>Extensión de cadera más allá de neutro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="90" />
      <source>Hip external rotation</source>
      <translation>Rotación externa de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="87" />
      <source>Hip flexion past 90</source>
      <translation>Flexión de cadera de más de 90</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="89" />
      <source>Hip internal rotation</source>
      <translation>Rotación interna de cadera</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="40" />
      <source>Hook lying</source>
      <translation>Supino con rodillas flexionadas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="108" />
      <source>Info</source>
      <translation>Información</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="28" />
      <source>Knee</source>
      <translation>Rodilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="101" />
      <source>Knee deep flexion</source>
      <translation>Flexión profunda de rodilla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="44" />
      <source>Kneeling</source>
      <translation>De rodillas</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="71" />
      <source>Left</source>
      <translation>Izquierdo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="80" />
      <source>Lifting</source>
      <translation>Levantar peso</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="76" />
      <source>Lumbar extension</source>
      <translation>Extensión lumbar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="75" />
      <source>Lumbar flexion</source>
      <translation>Flexión lumbar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="77" />
      <source>Lumbar rotation</source>
      <translation>Rotación lumbar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="78" />
      <source>Lumbar side bend</source>
      <translation>Inclinación lateral lumbar</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="39" />
      <source>Lying on back</source>
      <translation>Decúbito supino</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="41" />
      <source>Lying on stomach</source>
      <translation>Decúbito prono</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="50" />
      <source>Mat</source>
      <translation>Colchoneta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="23" />
      <source>Neck</source>
      <translation>Cuello</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="83" />
      <source>Neck extension</source>
      <translation>Extensión cervical</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="82" />
      <source>Neck flexion</source>
      <translation>Flexión cervical</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="86" />
      <source>Neck resisted</source>
      <translation>Cervical contra resistencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="84" />
      <source>Neck rotation</source>
      <translation>Rotación cervical</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="85" />
      <source>Neck side bend</source>
      <translation>Inclinación lateral cervical</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="81" />
      <source>Overhead reach</source>
      <translation>Alcance por encima de la cabeza</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="59" />
      <source>Pillow</source>
      <translation>Almohada</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="103" />
      <source>Pivoting</source>
      <translation>Giros sobre el pie</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="65" />
      <source>Pool</source>
      <translation>Piscina</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="36" />
      <source>Posture and body mechanics</source>
      <translation>Postura y mecánica corporal</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="34" />
      <source>Range of motion</source>
      <translation>Rango de movimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="102" />
      <source>Resisted knee extension</source>
      <translation>Extensión de rodilla contra resistencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="96" />
      <source>Resisted shoulder</source>
      <translation>Hombro contra resistencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="72" />
      <source>Right</source>
      <translation>Derecho</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="60" />
      <source>Roll</source>
      <translation>Rollo</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="25" />
      <source>Shoulder</source>
      <translation>Hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="95" />
      <source>Shoulder external rotation</source>
      <translation>Rotación externa de hombro</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="42" />
      <source>Side lying</source>
      <translation>Decúbito lateral</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="99" />
      <source>Single leg stance</source>
      <translation>Apoyo en una pierna</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="46" />
      <source>Sitting</source>
      <translation>Sentado</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="79" />
      <source>Spinal loading</source>
      <translation>Carga axial de columna</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="22" />
      <source>Spine core</source>
      <translation>Columna y core</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="47" />
      <source>Standing</source>
      <translation>De pie</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="55" />
      <source>Step</source>
      <translation>Escalón</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="62" />
      <source>Strap</source>
      <translation>Correa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="35" />
      <source>Strengthening</source>
      <translation>Fortalecimiento</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="58" />
      <source>Towel</source>
      <translation>Toalla</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="24" />
      <source>Upper back</source>
      <translation>Espalda alta</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="68" />
      <source>Walker</source>
      <translation>Andador</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="48" />
      <source>Walking</source>
      <translation>Marcha</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="53" />
      <source>Wall</source>
      <translation>Pared</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="107" />
      <source>Warning</source>
      <translation>Advertencia</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="63" />
      <source>Weight</source>
      <translation>Pesa</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="98" />
      <source>Weight bearing</source>
      <translation>Apoyo de peso</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/labels.py" line="32" />
      <source>Whole body</source>
      <translation>Todo el cuerpo</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../rehab_planner/gui/dialogs/messages.py" line="56" />
      <source>If you do not save, your changes will be lost.</source>
      <translation>Si no guarda, perderá los cambios.</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/messages.py" line="55" />
      <source>Save the changes to %1 before closing it?</source>
      <translation>¿Guardar los cambios de %1 antes de cerrarlo?</translation>
    </message>
    <message>
      <location filename="../rehab_planner/gui/dialogs/messages.py" line="54" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
  </context>
</TS>
