# Spanish articles (invented outlets, people and events).
ARTICLES = []
A = ARTICLES.append

A(dict(
    name='es-wp-classic-sequia-embalses', lang='es', cms='wp_classic',
    url='https://www.diariodelsureste.test/2026/02/embalses-cuenca-segura-minimo-historico/',
    site='Diario del Sureste', section='Medio ambiente',
    title='Los embalses de la cuenca alcanzan su nivel más bajo en tres décadas',
    pub='2026-02-09T12:20:00+01:00', mod='2026-02-09T18:05:00+01:00', authors=['Marta Gil', 'Javier Ortuño'], tz='Europe/Madrid',
    tags=['sequía', 'agua', 'agricultura'], opts=['og', 'share', 'related', 'comments'],
    body='''
Los embalses de la cuenca se encuentran al 14,6 % de su capacidad, el nivel más bajo registrado desde 1995, según los datos publicados este lunes por la confederación hidrográfica. Hace un año, la reserva estaba al 21 %.

La falta de lluvias durante el otoño, el más seco en más de sesenta años en la región, ha agravado una situación que ya era delicada. La confederación ha anunciado que reducirá un 30 % las dotaciones de riego a partir de marzo.

«Estamos ante una campaña muy complicada», reconoció el presidente de la junta de regantes, Antonio Sáez. «Muchos agricultores tendrán que dejar parte de sus tierras sin sembrar».

[ad]

Las organizaciones agrarias han pedido ayudas urgentes al Gobierno regional y la declaración de zona catastrófica. El consejero de Agricultura, Pedro Molina, se reunirá con ellas el próximo jueves.

## Un otoño sin lluvias

Según la Agencia Estatal de Meteorología, entre septiembre y diciembre apenas se recogieron 38 litros por metro cuadrado en el conjunto de la cuenca, menos de la tercera parte de lo habitual. Los técnicos advierten de que, aunque llueva en primavera, la recuperación de los embalses será lenta porque los suelos están muy secos y absorben gran parte del agua.

«Necesitaríamos varios meses de lluvias por encima de la media para volver a una situación normal», explicó la hidróloga Carmen Ríos, de la universidad regional. «Y las previsiones estacionales no apuntan en esa dirección».

La situación es especialmente grave en los cultivos leñosos, como los almendros y los cítricos, que no pueden dejar de regarse sin poner en riesgo la supervivencia de los árboles. Muchos agricultores están recurriendo a pozos, lo que preocupa a los ecologistas por el estado de los acuíferos.

## Medidas de la confederación

Además del recorte de las dotaciones, la confederación ha aprobado un paquete de medidas excepcionales:

- prioridad absoluta para el abastecimiento de la población
- autorización temporal para el uso de agua regenerada en más regantes
- refuerzo de la vigilancia contra las captaciones ilegales
- revisión mensual de las reservas y de las dotaciones

Las comunidades de regantes han pedido también que se agilicen las obras de conexión con las desaladoras, que llevan años de retraso.

Para el abastecimiento urbano, por ahora, no se prevén restricciones, ya que las ciudades dependen en buena parte de las desaladoras.
'''))

A(dict(
    name='es-gutenberg-feria-libro', lang='es', cms='wp_gutenberg',
    url='https://www.culturaviva.test/2025/04/feria-del-libro-programa/',
    site='Cultura Viva', section='Libros',
    title='La Feria del Libro celebra su 40.ª edición con 320 casetas',
    pub='2025-04-22T10:00:00+02:00', authors=['Irene Castaño'], tz='Europe/Madrid',
    tags=['Feria del Libro', 'literatura'], opts=['newsletter'],
    lead='La cita literaria más importante de la ciudad abrirá sus puertas el 23 de mayo con un programa que incluye más de 1.500 firmas de autores.',
    body='''
La directora de la feria, Rocío Alarcón, presentó este martes el programa de la 40.ª edición, que se celebrará en el parque del Retiro Sur del 23 de mayo al 8 de junio. Habrá 320 casetas, diez más que el año pasado.

El país invitado será Uruguay, que llevará una delegación de veinte escritores y una exposición sobre la historia de la edición en Montevideo.

Horario de apertura:

- De lunes a viernes, de 11.00 a 14.00 y de 17.30 a 21.30
- Sábados, domingos y festivos, de 10.30 a 15.00 y de 17.30 a 21.30

[tweet ¡Ya tenemos cartel! La 40.ª Feria del Libro llega el 23 de mayo. Nos vemos en el parque. | Feria del Libro (@feriadellibro)]

La organización espera superar los 1,3 millones de visitantes de la edición anterior.
'''))

A(dict(
    name='es-arcxp-vivienda-alquiler', lang='es', cms='arcxp',
    url='https://www.elcronista-diario.test/economia/2026-03-10/el-precio-del-alquiler-sube-un-11-en-un-ano.html',
    site='El Cronista Diario', section='Economía',
    title='El precio del alquiler sube un 11 % en un año y marca un nuevo récord',
    dek='Las grandes ciudades concentran las mayores subidas, mientras la oferta de pisos sigue cayendo',
    pub='2026-03-10T05:30:00+01:00', mod='2026-03-10T09:12:00+01:00', authors=['Pablo Ferrándiz'], tz='Europe/Madrid', tzabbr='CET',
    opts=['share'],
    notes='Arc XP site: visible dates in Spanish with a CET label; JSON-LD and Fusion.globalContent carry UTC Z times.',
    body='''
El precio medio del alquiler de vivienda subió un 11,2 % en febrero respecto al mismo mes del año anterior, hasta situarse en 14,1 euros por metro cuadrado, según el último informe de un portal inmobiliario. Es el nivel más alto de la serie histórica.

[ad]

Las mayores subidas se registraron en las capitales con más demanda. En la capital, el metro cuadrado alcanzó los 21,4 euros, y en la costa mediterránea se superaron los 18 euros en varias ciudades.

El informe atribuye el encarecimiento a la escasez de oferta. El número de viviendas disponibles para alquilar ha caído un 17 % en un año, en parte porque muchos propietarios han optado por el alquiler de temporada.

«La demanda sigue creciendo mucho más deprisa que la oferta», explicó la economista Laura Benítez. «Mientras no se construya más vivienda, los precios seguirán presionados».

~ Con información de Ana Robles.
'''))

A(dict(
    name='es-nuxt-partido-copa', lang='es', cms='nuxt',
    url='https://www.deportivo-mx.test/futbol/2025/10/19/tigres-del-norte-remontan-y-avanzan-a-semifinales',
    site='Deportivo MX', section='Fútbol',
    title='Los Tigres del Norte remontan y avanzan a semifinales de la Copa',
    pub='2025-10-19T21:55:00-06:00', authors=['Rodrigo Salinas'], tz='America/Mexico_City',
    tags=['Copa', 'fútbol'],
    lead='Con dos goles en los últimos diez minutos, el equipo regiomontano dio la vuelta al marcador ante el Atlético Costa.',
    body='''
Parecía que el Atlético Costa tenía el pase asegurado. Ganaba 1-0 desde el minuto 34 gracias a un cabezazo de Emiliano Ruiz y controlaba el partido sin sobresaltos.

Pero en el minuto 81 el delantero argentino Facundo Pereyra empató con un disparo desde fuera del área, y en el 88 el juvenil Diego Treviño marcó el 2-1 definitivo tras un contragolpe.

[ad]

«Nunca dejamos de creer», dijo el entrenador Hugo Cárdenas al terminar el encuentro. Los Tigres del Norte se enfrentarán en semifinales al ganador de la eliminatoria entre Real Altiplano y Deportivo Valle.
'''))

A(dict(
    name='es-amp-sismo-chile', lang='es', cms='amp',
    url='https://www.lanacionaustral.test/amp/pais/2025/12/03/sismo-de-magnitud-6-2-sacude-el-norte/',
    canonical='https://www.lanacionaustral.test/pais/2025/12/03/sismo-de-magnitud-6-2-sacude-el-norte/',
    site='La Nación Austral', section='País',
    title='Sismo de magnitud 6,2 sacude el norte sin causar daños mayores',
    pub='2025-12-03T04:18:00-03:00', mod='2025-12-03T08:02:00-03:00', authors=['Francisca Muñoz'], tz='America/Santiago',
    lead='El temblor se sintió con fuerza en tres regiones durante la madrugada de este miércoles.',
    body='''
Un sismo de magnitud 6,2 se registró a las 03.51 horas de este miércoles a 45 kilómetros al suroeste de la ciudad de Puerto Arenal, según informó el centro sismológico nacional. El movimiento tuvo una profundidad de 38 kilómetros.

El servicio de emergencias descartó la posibilidad de tsunami y no se reportaron personas lesionadas. En algunas localidades se produjeron cortes de luz que fueron repuestos en menos de una hora.

[ad]

Las clases se desarrollarán con normalidad, informó la autoridad regional de educación.
'''))

A(dict(
    name='es-joomla-club-montana', lang='es', cms='joomla',
    url='https://www.clubmontanaelcierzo.test/index.php/noticias/87-travesia-invernal-al-moncayo',
    site='Club de Montaña El Cierzo', section='Noticias',
    title='Crónica de la travesía invernal al Moncayo',
    pub='2026-01-26T20:15:00+01:00', mod='2026-01-27T10:00:00+01:00', authors=['Álvaro Lacasa'], tz='Europe/Madrid',
    tags=['travesías', 'Moncayo'], opts=['meta_author'],
    body='''
El pasado domingo, 23 socios del club participamos en la tradicional travesía invernal al Moncayo. Salimos a las 7.30 <!-- {loadposition anuncio-1} --> desde el santuario con una temperatura de cuatro grados bajo cero y el cielo completamente despejado.

La subida por el circo de San Miguel estaba cubierta de nieve dura, por lo que fue necesario usar crampones desde la cota 1.900. Hicimos cumbre poco antes de las 11 y disfrutamos de unas vistas espectaculares del Pirineo.

El descenso lo realizamos por la cara sur, con algo más de viento. A las 14.30 estábamos de vuelta en el santuario para la comida de hermandad.

Gracias a todos los participantes y en especial a los guías voluntarios. La próxima salida será la ruta de raquetas por el valle de Tena, el 15 de febrero.
'''))

A(dict(
    name='es-wire-cumbre-clima', lang='es', cms='newsml_wire',
    url='https://www.agenciainformativa.test/internacional/2025/11/21/cumbre-del-clima-se-prolonga-sin-acuerdo',
    site='Agencia Informativa Iberoamericana', service='Servicio Internacional', section='Internacional',
    title='La cumbre del clima se prolonga sin acuerdo sobre financiación',
    pub='2025-11-21T23:40:00+01:00', authors=['Mercedes Aranda'], tz='Europe/Madrid', urgency=3,
    slugline='CLIMA-CUMBRE', dateline_city='Bruselas',
    body='''
Bruselas, 21 nov (AII).- La cumbre internacional sobre el clima se prolongará al menos un día más después de que los negociadores no lograran cerrar este viernes un acuerdo sobre la financiación a los países en desarrollo, según fuentes de varias delegaciones.

El principal escollo sigue siendo la cifra anual que los países ricos deberán aportar a partir de 2030. El último borrador de la presidencia propone 250.000 millones de dólares, una cantidad que el grupo de países en desarrollo considera «insuficiente».

La ministra española de Transición Ecológica aseguró a los periodistas que «hay voluntad de llegar a un acuerdo» y que las diferencias «no son insalvables».

Las sesiones plenarias se reanudarán el sábado a las 10.00 hora local.

~ (c) Agencia Informativa Iberoamericana
'''))
