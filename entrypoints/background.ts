export default defineBackground(() => {
  // placeholder
});
