export default defineBackground(() => {
  // wired up by lib/background/*
});
