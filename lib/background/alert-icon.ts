/**
 * The spike notification's icon: Chrome refuses a basic notification
 * without iconUrl, and the extension ships no icon files yet, so a 48×48
 * PNG (a red disc with a white "!", the badge's alert colour) is inlined as a
 * data URL, which notifications accept. Generated once; 0.4 kB.
 */
export const ALERT_ICON_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAABUElEQVR42t2asQ2EMAxFGYKeq5FuHXqmYAp6VskADHFKzwDpUc6FkawIdAfYITbSbxAEP8k2sZ3q835VmsW1UA3qQCPIgTwogFZUwHsOn+nwnccBejQqXpTDNbIDDKDlhuGpFlxTHKBDV4hC8vgNEYBJ0PBUEydAA5ozGr9pxm/fAmiFXeYfl2qvAjQPG08hmisAcwHGU3c6BXArYI8uicA+SpWxQIC4l2L3AHzBAP4XwMDhs4IAMf1jpwCLAoDlCKDnyhrCAJFuACmAUwTgUoCaM29nAIhbPcGWOh8A6CjAqBBgpABOIYCjAF4hgKcAQSFAoACrQoDVFIB6F1IfxOrTqPofmfqtRF1QAX9pM8ceB8JyogVNBvWiJeVeHDB3su0W9erbKiYaW+pbiyzNXWbjTzd3TbTX1Q84TIyYTAz5zIxZTQy6zRw1MHPY43F9AaRy5PA+hXDtAAAAAElFTkSuQmCC';
