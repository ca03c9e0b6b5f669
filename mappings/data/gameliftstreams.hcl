# Amazon GameLift Streams → no managed Azure service streams games or applications to browsers. Build it on GPU
# virtual machines with a WebRTC streaming stack, or use a partner streaming platform.

mapping "AWS::GameLiftStreams::Application" {
  service = "GPU virtual machines with a self-managed streaming stack"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "An application (the uploaded game or app build with its runtime environment and executable) becomes an image for GPU VMs (NV-series) or a partner streaming platform, with the streaming software (for example Unreal Engine Pixel Streaming) packaged alongside it."
}

mapping "AWS::GameLiftStreams::StreamGroup" {
  service = "GPU virtual machines with a self-managed streaming stack"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "A stream group (GPU stream class, always-on and on-demand capacity per location, WebRTC session placement) has no counterpart: run GPU Virtual Machine Scale Sets in each region, scale them on demand yourself, and add the signalling, session matchmaking and TURN relay that GameLift Streams provided; or use a partner cloud streaming platform."
}
